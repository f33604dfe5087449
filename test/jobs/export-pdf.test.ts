import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/errors/index.ts';
import { exportPdf } from '../../src/jobs/export-pdf.ts';
import { writeResults } from '../../src/report/results.ts';
import { sampleResults } from '../report/sample-results.ts';

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('exportPdf', () => {
  let dir: string;
  let outputDir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rift-export-pdf-'));
    outputDir = join(dir, 'outputs');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('renders report.pdf beside the run’s results.json and returns its path', async () => {
    const runId = randomUUID();
    await writeResults(outputDir, { ...sampleResults(), run_id: runId });

    const pdfPath = await exportPdf(outputDir, runId);

    expect(pdfPath).toBe(join(outputDir, runId, 'report.pdf'));
    const pdf = await readFile(pdfPath);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
  });

  it('gives up on a missing results.json, naming the path', async () => {
    const runId = randomUUID();

    const exporting = exportPdf(outputDir, runId);

    await expect(exporting).rejects.toBeInstanceOf(BadInputError);
    await expect(exporting).rejects.toThrow(`${join(outputDir, runId, 'results.json')} does not exist`);
  });

  it('gives up on a results.json that is not JSON or breaks the schema, naming the path', async () => {
    const notJson = randomUUID();
    const offSchema = randomUUID();
    await mkdir(join(outputDir, notJson), { recursive: true });
    await writeFile(join(outputDir, notJson, 'results.json'), '{"run_id": ');
    await mkdir(join(outputDir, offSchema), { recursive: true });
    await writeFile(join(outputDir, offSchema, 'results.json'), JSON.stringify({ ...sampleResults(), run_id: offSchema, final_status: 'GREEN' }));

    const broken = await exportPdf(outputDir, notJson).catch((err: unknown) => err);
    const invalid = await exportPdf(outputDir, offSchema).catch((err: unknown) => err);

    expect(broken).toBeInstanceOf(BadInputError);
    expect((broken as Error).message).toContain(`${join(outputDir, notJson, 'results.json')} is not JSON`);
    expect(invalid).toBeInstanceOf(BadInputError);
    expect((invalid as Error).message).toContain(`${join(outputDir, offSchema, 'results.json')} is invalid`);
    expect((invalid as Error).message).toContain('/final_status must be equal to one of the allowed values (PASSED, FAILED, QUARANTINED)');
    expect(await exists(join(outputDir, offSchema, 'report.pdf'))).toBe(false);
  });

  it('refuses a results.json that belongs to another run', async () => {
    const runId = randomUUID();
    const other = randomUUID();
    const written = await writeResults(outputDir, { ...sampleResults(), run_id: other });
    await mkdir(join(outputDir, runId), { recursive: true });
    await writeFile(join(outputDir, runId, 'results.json'), await readFile(written));

    await expect(exportPdf(outputDir, runId)).rejects.toThrow(`belongs to run ${other}, not ${runId}`);
  });

  it('refuses a run id that is not a UUID, so no path outside the run’s directory is read or written', async () => {
    // A valid results.json one level above outputDir: "../<id>" would reach it.
    const runId = randomUUID();
    await writeResults(dir, { ...sampleResults(), run_id: runId });

    for (const given of [`../${runId}`, `${runId}/..`, 'not-a-run', '']) {
      await expect(exportPdf(outputDir, given)).rejects.toThrow(`"${given}" is not a run id (a UUID)`);
    }
    expect(await exists(join(dir, runId, 'report.pdf'))).toBe(false);
  });
});
