import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUG_TYPES } from '../../src/heal/types.ts';
import { validateResults, writeResults } from '../../src/report/results.ts';
import schema from '../../schemas/results.schema.json' with { type: 'json' };
import { sampleResults } from './sample-results.ts';

describe('validateResults', () => {
  it('accepts a complete results object', () => {
    const results = sampleResults();

    expect(() => validateResults(results)).not.toThrow();
  });

  it('accepts only the required fields, with empty lists', () => {
    const full: Record<string, unknown> = { ...sampleResults(), fixes: [], ci_log: [] };
    const minimal = Object.fromEntries(schema.required.map((key) => [key, full[key]]));

    expect(() => validateResults(minimal)).not.toThrow();
    expect(Object.keys(minimal)).toHaveLength(12);
  });

  it('allows fields the schema does not name at the top level', () => {
    const results = { ...sampleResults(), total_llm_cost_usd: 0.12 };

    expect(() => validateResults(results)).not.toThrow();
  });

  it('treats optional fields left undefined as absent', () => {
    const results = { ...sampleResults(), started_at: undefined, sandbox: undefined };
    results.fixes[0].commit_sha = undefined;

    expect(() => validateResults(results)).not.toThrow();
  });

  it('rejects a missing required field and names it', () => {
    const { branch_name: _dropped, ...results } = sampleResults();

    expect(() => validateResults(results)).toThrow(/required property 'branch_name'/);
  });

  it('rejects a bug type outside the six', () => {
    const results = sampleResults();
    (results.fixes[0] as { bug_type: string }).bug_type = 'STYLE';

    expect(() => validateResults(results)).toThrow(/\/fixes\/0\/bug_type must be equal to one of the allowed values/);
  });

  it('rejects an unknown final status', () => {
    const results = { ...sampleResults(), final_status: 'SUCCESS' };

    expect(() => validateResults(results)).toThrow(/\/final_status/);
  });

  it('rejects an unknown fix status', () => {
    const results = sampleResults();
    (results.fixes[1] as { status: string }).status = 'done';

    expect(() => validateResults(results)).toThrow(/\/fixes\/1\/status/);
  });

  it('rejects an unknown CI status and a non-date timestamp', () => {
    const results = sampleResults();
    (results.ci_log[0] as { status: string }).status = 'green';
    results.ci_log[1].timestamp = 'yesterday';

    expect(() => validateResults(results)).toThrow(/\/ci_log\/0\/status[\s\S]*\/ci_log\/1\/timestamp must match format "date-time"/);
  });

  it('rejects a run id that is not a UUID', () => {
    const results = { ...sampleResults(), run_id: '../../etc' };

    expect(() => validateResults(results)).toThrow(/\/run_id must match format "uuid"/);
  });

  it('rejects a confidence outside [0, 1] and a negative score total', () => {
    const results = sampleResults();
    results.fixes[0].confidence = 1.5;
    results.score.total = -4;
    const validation = () => validateResults(results);

    expect(validation).toThrow(/\/fixes\/0\/confidence must be <= 1/);
    expect(validation).toThrow(/\/score\/total must be >= 0/);
  });

  it('accepts null for an unclassified unresolved failure but not an invented type', () => {
    const results = sampleResults();
    const withNull = () => validateResults(results);
    const invented = () => validateResults({ ...results, unresolved: [{ ...results.unresolved![0], bug_type: 'OTHER' }] });

    expect(withNull).not.toThrow();
    expect(invented).toThrow(/\/unresolved\/0\/bug_type/);
  });

  it('publishes exactly the six bug types of the pipeline', () => {
    const published = schema.definitions.bugType.enum;

    expect(published).toEqual([...BUG_TYPES]);
  });
});

describe('writeResults', () => {
  let outputDir: string;

  beforeEach(async () => {
    outputDir = await mkdtemp(join(tmpdir(), 'rift-results-'));
  });

  afterEach(async () => {
    await rm(outputDir, { recursive: true, force: true });
  });

  it('writes <outputDir>/<run_id>/results.json and returns its path', async () => {
    const results = sampleResults();

    const path = await writeResults(outputDir, results);

    expect(path).toBe(join(outputDir, results.run_id, 'results.json'));
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(results);
    expect(await readdir(join(outputDir, results.run_id))).toEqual(['results.json']);
  });

  it('replaces an earlier results.json whole', async () => {
    const first = sampleResults();
    const second = { ...sampleResults(), final_status: 'FAILED' as const, failure_reason: 'retry limit reached' };
    await writeResults(outputDir, first);

    const path = await writeResults(outputDir, second);

    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ final_status: 'FAILED', failure_reason: 'retry limit reached' });
    expect(await readdir(join(outputDir, second.run_id))).toEqual(['results.json']);
  });

  it('refuses an invalid object and leaves no file behind', async () => {
    const results = sampleResults();
    (results as { final_status: string }).final_status = 'DONE';

    const write = writeResults(outputDir, results);

    await expect(write).rejects.toThrow(/\/final_status/);
    expect(await readdir(outputDir)).toEqual([]);
  });
});
