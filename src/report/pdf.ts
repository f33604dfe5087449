// report.pdf: the run's results as a printable report, drawn with pdfkit from results.json's data.
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { once } from 'node:events';
import PDFDocument from 'pdfkit';
import { tempPathFor } from './atomic-write.ts';
import { drawableText, findPdfFonts, type PdfFonts } from './pdf-fonts.ts';
import { drawCiTimeline, drawFixes, drawScore, drawSummary, drawTitle, drawUnresolved, REPORT_TITLE } from './pdf-sections.ts';
import { COLORS, type PdfContext } from './pdf-table.ts';
import type { Results } from './results.ts';

export const PDF_FILE_NAME = 'report.pdf';

export interface RenderPdfOptions {
  /** Defaults to the first installed Unicode font, else Helvetica (arrows drawn as "->"). */
  fonts?: PdfFonts;
  /** pdfkit's stream compression; off only to inspect the raw PDF. */
  compress?: boolean;
}

/** Renders the report to `outPath` atomically; resolves once the file is complete on disk. */
export async function renderPdf(results: Results, outPath: string, options: RenderPdfOptions = {}): Promise<void> {
  const fonts = options.fonts ?? findPdfFonts();
  await mkdir(dirname(outPath), { recursive: true });
  const temp = tempPathFor(outPath);
  let output: WriteStream | undefined;
  try {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 50, bottom: 50, left: 50, right: 50 },
      bufferPages: true,
      compress: options.compress ?? true,
      info: { Title: REPORT_TITLE, Subject: `run ${results.run_id}`, Creator: 'RIFT' },
    });
    output = createWriteStream(temp);
    doc.pipe(output);
    drawReport({ doc, fonts: registerFonts(doc, fonts) }, results);
    doc.end();
    await finished(output);
    await rename(temp, outPath);
  } catch (error) {
    if (output) {
      // A stream destroyed while still opening creates its file when the open completes: wait for
      // it to close, or the file would appear after the rm below.
      const closed = once(output, 'close');
      output.destroy();
      if (!output.closed) await closed;
    }
    await rm(temp, { force: true });
    throw error;
  }
}

// 1. title  2. summary  3. score  4. fixes  5. CI timeline  6. unresolved  7. page footers
function drawReport(ctx: PdfContext, results: Results): void {
  drawTitle(ctx, results);
  drawSummary(ctx, results);
  drawScore(ctx, results);
  drawFixes(ctx, results);
  drawCiTimeline(ctx, results);
  drawUnresolved(ctx, results);
  drawFooters(ctx, results);
}

// TrueType files are registered under stable names so drawing code never handles paths.
function registerFonts(doc: PDFKit.PDFDocument, fonts: PdfFonts): PdfFonts {
  if (!fonts.unicode) return fonts;
  doc.registerFont('rift-regular', fonts.regular);
  doc.registerFont('rift-bold', fonts.bold);
  return { regular: 'rift-regular', bold: 'rift-bold', unicode: true };
}

// Written last, once the page count is known; the bottom margin is lifted so pdfkit does not
// start a new page for text drawn inside it.
function drawFooters({ doc, fonts }: PdfContext, results: Results): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const text = `${REPORT_TITLE} · ${results.branch_name} · page ${i - start + 1} of ${count}`;
    doc.font(fonts.regular).fontSize(7.5).fillColor(COLORS.muted);
    doc.text(drawableText(text, fonts), doc.page.margins.left, doc.page.height - bottomMargin + 15, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
      align: 'center',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottomMargin;
  }
}
