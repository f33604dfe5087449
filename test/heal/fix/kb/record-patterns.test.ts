import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ConfirmedFix } from '../../../../src/heal/fix/kb/learn-pattern.ts';
import { recordConfirmedPatterns } from '../../../../src/heal/fix/kb/record-patterns.ts';
import type { Failure } from '../../../../src/heal/types.ts';
import { listFixPatternsOfRun } from '../../../../src/store/queries/fix-patterns.ts';
import { openBackend, type Backend, type TestDatabase } from '../../../helpers/test-db.ts';
import { makeFix, makeRun } from '../../../store/factories.ts';
import { tempWorkspace, type TempWorkspace } from '../tool-runs.ts';

const BEFORE = 'import os\nimport sys\n\nprint(sys.argv)\n';
const AFTER = 'import sys\n\nprint(sys.argv)\n';
const FAILURE: Failure = {
  file: 'app/cli.py',
  line: 1,
  bugType: 'LINTING',
  message: "'os' imported but unused (token ghp_abcdefghijklmnopqrstuvwxyz0123)",
  code: 'F401',
  tool: 'flake8',
  check: 'ci:flake8',
};

describe.each<Backend>(['postgres', 'pglite'])('recordConfirmedPatterns on %s', (backend) => {
  let test: TestDatabase;
  let ws: TempWorkspace;
  beforeAll(async () => {
    test = await openBackend(backend);
  });
  afterAll(async () => {
    await test?.cleanup();
  });
  afterEach(async () => {
    await ws?.remove();
  });

  async function confirmedFix(runId: string, overrides: Partial<ConfirmedFix> = {}): Promise<ConfirmedFix> {
    const row = await makeFix(test.db, runId, { model_used: 'py-unused-import' });
    return {
      fixId: row.fix_id,
      failure: FAILURE,
      bugType: 'LINTING',
      description: 'remove the import statement',
      strategy: 'rule_first',
      confidence: 0.9,
      edits: [{ file: 'app/cli.py', before: BEFORE, after: AFTER }],
      ...overrides,
    };
  }

  it('stores each confirmed fix once, redacted, and says why the others were not', async () => {
    ws = await tempWorkspace({ 'app/cli.py': AFTER });
    const run = await makeRun(test.db);
    const kept = await confirmedFix(run.run_id);
    const sameChange = await confirmedFix(run.run_id);
    const noEdits = await confirmedFix(run.run_id, { edits: undefined });
    const replay = await confirmedFix(run.run_id, { strategy: 'kb_lookup' });

    const result = await recordConfirmedPatterns(test.db, { runId: run.run_id, fixes: [kept, sameChange, noEdits, replay], reader: ws.reader });
    const again = await recordConfirmedPatterns(test.db, { runId: run.run_id, fixes: [kept], reader: ws.reader });
    const stored = await listFixPatternsOfRun(test.db, run.run_id);

    expect(result).toEqual({
      recorded: [kept.fixId],
      known: [sameChange.fixId],
      skipped: [
        { fixId: noEdits.fixId, reason: 'the patch edits were not kept' },
        { fixId: replay.fixId, reason: 'replayed from the knowledge base, which has it already' },
      ],
    });
    expect(again).toEqual({ recorded: [], known: [kept.fixId], skipped: [] });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ pattern_id: kept.fixId, source_run_id: run.run_id, model_used: 'py-unused-import', confidence_score: 0.9, hits: 0 });
    expect(JSON.stringify(stored[0].document)).not.toContain('ghp_');
    expect(stored[0].document).toMatchObject({ failure: { message: "'<name>' imported but unused (token [REDACTED])", names: ['os'] } });
  });

  it('reads the failing file from the workspace when the fix was made in another one', async () => {
    const source = 'def inc(n):\n    return n - 1\n';
    ws = await tempWorkspace({ 'calc.py': source.replace('n - 1', 'n + 1'), 'test_calc.py': 'from calc import inc\n\n\ndef test_inc():\n    assert inc(1) == 2\n' });
    const run = await makeRun(test.db);
    const failure: Failure = { file: 'test_calc.py', line: 5, bugType: 'LOGIC', message: 'assert 0 == 2', tool: 'pytest', check: 'ci:pytest' };
    const fix = await confirmedFix(run.run_id, { failure, bugType: 'LOGIC', edits: [{ file: 'calc.py', before: source, after: source.replace('n - 1', 'n + 1') }] });
    const unreadable = await confirmedFix(run.run_id, { failure: { ...failure, file: 'gone_test.py' }, bugType: 'LOGIC', edits: fix.edits });

    const result = await recordConfirmedPatterns(test.db, { runId: run.run_id, fixes: [fix, unreadable], reader: ws.reader });

    expect(result).toEqual({ recorded: [fix.fixId], known: [], skipped: [{ fixId: unreadable.fixId, reason: 'gone_test.py could not be read' }] });
  });
});
