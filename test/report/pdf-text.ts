// Reads text back out of PDFs for the report tests: the raw content of an uncompressed pdfkit PDF
// drawn with a standard font (no tools needed), or pdftotext when poppler-utils is installed.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface TextRun {
  text: string;
  /** The fill colour the text was drawn in, as "#rrggbb". */
  color: string;
}

/** Each text-showing operation of the PDF, in drawing order, with its fill colour. */
export function pdfTextRuns(pdf: Buffer): TextRun[] {
  const runs: TextRun[] = [];
  let color = '#000000';
  for (const line of pdf.toString('latin1').split('\n')) {
    const fill = /^([\d.]+) ([\d.]+) ([\d.]+) scn$/.exec(line);
    if (fill) color = toHex(fill.slice(1, 4).map(Number));
    if (!line.endsWith(' TJ')) continue;
    const hex = [...line.matchAll(/<([0-9a-f]*)>/g)].map((match) => match[1]).join('');
    runs.push({ text: Buffer.from(hex, 'hex').toString('latin1'), color });
  }
  return runs;
}

/** All the text, whitespace collapsed, so wrapped lines read as one. */
export function pdfPlainText(pdf: Buffer): string {
  return collapse(pdfTextRuns(pdf).map((run) => run.text).join(' '));
}

/** The number of pages (page objects, not the page tree). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

/** pdftotext's text, whitespace collapsed; null when poppler-utils is not installed. */
export async function pdftotextOf(path: string): Promise<string | null> {
  try {
    const { stdout } = await promisify(execFile)('pdftotext', ['-raw', path, '-']);
    return collapse(stdout);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}


function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function toHex(rgb: number[]): string {
  return `#${rgb.map((channel) => Math.round(channel * 255).toString(16).padStart(2, '0')).join('')}`;
}
