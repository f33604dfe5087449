import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src/report/pdf.ts';
import { STANDARD_FONTS } from '../../src/report/pdf-fonts.ts';
import { COLORS } from '../../src/report/pdf-table.ts';
import { pdfPageCount, pdfPlainText, pdfTextRuns, pdftotextOf } from './pdf-text.ts';
import { manyFixes, sampleResults } from './sample-results.ts';

const rawOptions = { fonts: STANDARD_FONTS, compress: false };

describe('renderPdf', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rift-pdf-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a complete PDF file and nothing else', async () => {
    const outPath = join(dir, 'run', 'report.pdf');

    await renderPdf(sampleResults(), outPath);

    const pdf = await readFile(outPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    expect(await readdir(join(dir, 'run'))).toEqual(['report.pdf']);
  });

  it('contains the title, summary, fix lines, score total and CI timeline', async () => {
    const outPath = join(dir, 'report.pdf');

    await renderPdf(sampleResults(), outPath, rawOptions);

    const text = pdfPlainText(await readFile(outPath));
    expect(text).toContain('RIFT healing report');
    expect(text).toContain('Repository https://github.com/octo-org/shop-api');
    expect(text).toContain('Branch CODE_WARRIORS_ADA_LOVELACE_AI_Fix');
    expect(text).toContain('Final status PASSED');
    expect(text).toContain('LINTING error in src/utils.py line 15 -> Fix: remove the import statement');
    expect(text).toContain('LOGIC error in src/cart/total.py line 42 -> Fix: change the comparison operator from > to >=');
    expect(text).toContain('[AI-AGENT] Fix LINTING in src/utils.py line 15');
    expect(text).toContain('Speed bonus +10 Efficiency penalty 0 Total 110');
    expect(text).toContain('2/5 passed 2025-01-31 14:05:09 UTC');
    expect(text).toContain('src/legacy/report.py line 7');
  });

  it.each([
    ['PASSED' as const, COLORS.green],
    ['FAILED' as const, COLORS.red],
    ['QUARANTINED' as const, COLORS.amber],
  ])('draws the final status %s in its colour', async (status, color) => {
    const outPath = join(dir, 'report.pdf');

    await renderPdf({ ...sampleResults(), final_status: status }, outPath, rawOptions);

    const runs = pdfTextRuns(await readFile(outPath));
    expect(runs).toContainEqual({ text: status, color });
  });

  it('marks a regression in the CI timeline', async () => {
    const results = sampleResults();
    results.ci_log[0].regression = true;
    const outPath = join(dir, 'report.pdf');

    await renderPdf(results, outPath, rawOptions);

    const text = pdfPlainText(await readFile(outPath));
    expect(text).toContain('1/5 failed (regression) 2025-01-31 14:03:02 UTC ! regression');
  });

  it('continues a long fixes table on new pages without losing a row', async () => {
    const results = { ...sampleResults(), fixes: manyFixes(60) };
    const outPath = join(dir, 'report.pdf');

    await renderPdf(results, outPath, rawOptions);

    const pdf = await readFile(outPath);
    const text = pdfPlainText(pdf);
    expect(pdfPageCount(pdf)).toBeGreaterThan(2);
    for (let i = 0; i < 60; i++) expect(text).toContain(`line ${i + 1} -> Fix: remove the unused import of helper_${i} `);
    expect(text).toContain(`page ${pdfPageCount(pdf)} of ${pdfPageCount(pdf)}`);
  });

  it('cuts an enormous message instead of letting one row overflow a page', async () => {
    const results = sampleResults();
    results.unresolved![0].message = 'x'.repeat(20_000);
    const outPath = join(dir, 'report.pdf');

    await renderPdf(results, outPath, rawOptions);

    const text = pdfPlainText(await readFile(outPath));
    expect(text).toContain('...');
    expect(text).not.toContain('x'.repeat(800));
  });

  it('rejects and leaves no file when the font cannot be loaded', async () => {
    const fonts = { regular: join(dir, 'missing.ttf'), bold: join(dir, 'missing.ttf'), unicode: true };

    const render = renderPdf(sampleResults(), join(dir, 'report.pdf'), { fonts });

    await expect(render).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });

  // Needs DejaVu and poppler-utils' pdftotext, which `npm run setup` installs: a missing one fails here.
  it('draws the real arrow with a Unicode font', async () => {
    const outPath = join(dir, 'report.pdf');

    await renderPdf(sampleResults(), outPath);

    const text = await pdftotextOf(outPath);
    expect(text).toContain('LINTING error in src/utils.py line 15 → Fix: remove the import statement');
    expect(text).toContain('PASSED');
    expect(text).toContain('Total 110');
  });
});
