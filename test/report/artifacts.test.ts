import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pdfPathFor, writeArtifacts } from '../../src/report/artifacts.ts';
import type { Results } from '../../src/report/results.ts';
import { sampleResults } from './sample-results.ts';

describe('writeArtifacts', () => {
  let outputDir: string;

  beforeEach(async () => {
    outputDir = await mkdtemp(join(tmpdir(), 'rift-artifacts-'));
  });

  afterEach(async () => {
    await rm(outputDir, { recursive: true, force: true });
  });

  it('writes results.json and report.pdf side by side', async () => {
    const results = sampleResults();

    const paths = await writeArtifacts(outputDir, results, { pdf: true });

    const runDir = join(outputDir, results.run_id);
    expect(paths).toEqual({ resultsPath: join(runDir, 'results.json'), pdfPath: join(runDir, 'report.pdf') });
    expect(paths.pdfPath).toBe(pdfPathFor(outputDir, results.run_id));
    expect((await readdir(runDir)).sort()).toEqual(['report.pdf', 'results.json']);
    expect((await readFile(paths.pdfPath!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('writes results.json before the PDF is started', async () => {
    const results = sampleResults();
    let resultsOnDiskWhenPdfStarted: string[] = [];
    const render = async () => {
      resultsOnDiskWhenPdfStarted = await readdir(join(outputDir, results.run_id));
    };

    await writeArtifacts(outputDir, results, { pdf: true, render });

    expect(resultsOnDiskWhenPdfStarted).toEqual(['results.json']);
  });

  it('skips the PDF when not asked for', async () => {
    const results = sampleResults();

    const paths = await writeArtifacts(outputDir, results, { pdf: false });

    expect(paths).toEqual({ resultsPath: join(outputDir, results.run_id, 'results.json') });
    expect(await readdir(join(outputDir, results.run_id))).toEqual(['results.json']);
  });

  it('keeps results.json and reports the error when the PDF fails', async () => {
    const results = sampleResults();
    const render = async () => {
      throw new Error('pdfkit exploded');
    };

    const paths = await writeArtifacts(outputDir, results, { pdf: true, render });

    expect(paths.pdfPath).toBeUndefined();
    expect(paths.pdfError?.message).toBe('pdfkit exploded');
    expect(JSON.parse(await readFile(paths.resultsPath, 'utf8'))).toEqual(results);
  });

  it('throws on invalid results and writes neither file', async () => {
    const results = { ...sampleResults(), total_fixes: -1 } as Results;
    let pdfStarted = false;
    const render = async () => {
      pdfStarted = true;
    };

    const write = writeArtifacts(outputDir, results, { pdf: true, render });

    await expect(write).rejects.toThrow(/\/total_fixes must be >= 0/);
    expect(pdfStarted).toBe(false);
    expect(await readdir(outputDir)).toEqual([]);
  });
});
