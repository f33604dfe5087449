// Drawing helpers for the PDF: headings and tables that wrap long text and continue on a new page
// (repeating their header) instead of running off the bottom.
import { drawableText, type PdfFonts } from './pdf-fonts.ts';

export interface PdfContext {
  doc: PDFKit.PDFDocument;
  fonts: PdfFonts;
}

export interface PdfColumn {
  header: string;
  width: number;
}

export interface PdfCell {
  text: string;
  color?: string;
  bold?: boolean;
  /** A second, smaller grey line under the text (a commit message under its fix line). */
  note?: string;
}

export const COLORS = {
  text: '#1f2328',
  muted: '#59636e',
  rule: '#d1d9e0',
  headerFill: '#f0f3f6',
  green: '#1a7f37',
  red: '#cf222e',
  amber: '#bf8700',
} as const;

const FONT_SIZE = 9;
const NOTE_SIZE = 7.5;
const PADDING = 4;
// A cell's text is cut here so that no single row can be taller than a page.
const MAX_CELL_CHARS = 700;

/** The y below which nothing may be drawn on the current page. */
function bottomOf(doc: PDFKit.PDFDocument): number {
  return doc.page.height - doc.page.margins.bottom;
}

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensureSpace({ doc }: PdfContext, height: number): void {
  if (doc.y + height > bottomOf(doc)) doc.addPage();
}

/** A section title, kept on the same page as at least the first lines under it. */
export function drawHeading(ctx: PdfContext, title: string): void {
  const { doc, fonts } = ctx;
  ensureSpace(ctx, 70);
  doc.moveDown(0.8);
  doc.font(fonts.bold).fontSize(13).fillColor(COLORS.text);
  doc.text(drawableText(title, fonts), doc.page.margins.left, doc.y);
  doc.moveDown(0.3);
}

/** A line of muted text, e.g. "(none)" under an empty section. */
export function drawNote(ctx: PdfContext, text: string): void {
  const { doc, fonts } = ctx;
  doc.font(fonts.regular).fontSize(FONT_SIZE).fillColor(COLORS.muted);
  doc.text(drawableText(text, fonts), doc.page.margins.left, doc.y);
}

/** Draws rows under a header row; `header: false` for key/value blocks. */
export function drawTable(
  ctx: PdfContext,
  columns: readonly PdfColumn[],
  rows: readonly PdfCell[][],
  { header = true }: { header?: boolean } = {},
): void {
  const headerCells = columns.map((column): PdfCell => ({ text: column.header, bold: true }));
  if (header) drawRow(ctx, columns, headerCells, true);
  for (const row of rows) {
    const height = rowHeight(ctx, columns, row);
    if (ctx.doc.y + height > bottomOf(ctx.doc)) {
      ctx.doc.addPage();
      if (header) drawRow(ctx, columns, headerCells, true);
    }
    drawRow(ctx, columns, row, false);
  }
}

function drawRow(ctx: PdfContext, columns: readonly PdfColumn[], cells: readonly PdfCell[], isHeader: boolean): void {
  const { doc } = ctx;
  const top = doc.y;
  const height = rowHeight(ctx, columns, cells);
  const left = doc.page.margins.left;
  const width = columns.reduce((sum, column) => sum + column.width, 0);
  if (isHeader) doc.rect(left, top, width, height).fill(COLORS.headerFill);
  let x = left;
  columns.forEach((column, i) => {
    drawCell(ctx, cells[i] ?? { text: '' }, x, top, column.width);
    x += column.width;
  });
  doc.moveTo(left, top + height).lineTo(left + width, top + height).lineWidth(0.5).strokeColor(COLORS.rule).stroke();
  doc.x = left;
  doc.y = top + height;
}

function drawCell(ctx: PdfContext, cell: PdfCell, x: number, top: number, width: number): void {
  const { doc, fonts } = ctx;
  const inner = width - 2 * PADDING;
  doc.font(cell.bold ? fonts.bold : fonts.regular).fontSize(FONT_SIZE).fillColor(cell.color ?? COLORS.text);
  doc.text(cellText(cell.text, fonts), x + PADDING, top + PADDING, { width: inner });
  if (!cell.note) return;
  doc.font(fonts.regular).fontSize(NOTE_SIZE).fillColor(COLORS.muted);
  doc.text(cellText(cell.note, fonts), x + PADDING, doc.y + 1, { width: inner });
}

function rowHeight(ctx: PdfContext, columns: readonly PdfColumn[], cells: readonly PdfCell[]): number {
  const heights = columns.map((column, i) => cellHeight(ctx, cells[i] ?? { text: '' }, column.width - 2 * PADDING));
  return Math.max(...heights) + 2 * PADDING;
}

function cellHeight({ doc, fonts }: PdfContext, cell: PdfCell, width: number): number {
  doc.font(cell.bold ? fonts.bold : fonts.regular).fontSize(FONT_SIZE);
  let height = doc.heightOfString(cellText(cell.text, fonts) || ' ', { width });
  if (cell.note) {
    doc.font(fonts.regular).fontSize(NOTE_SIZE);
    height += 1 + doc.heightOfString(cellText(cell.note, fonts), { width });
  }
  return height;
}

function cellText(text: string, fonts: PdfFonts): string {
  const cut = text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS)}…` : text;
  return drawableText(cut, fonts);
}
