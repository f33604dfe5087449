import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecorder, type StepEvent } from '../../../src/heal/record/recorder.ts';
import { silentLogger } from '../../../src/log.ts';
import { createMemoryState } from '../../../src/runtime/memory-state.ts';
import { listTraces } from '../../../src/store/index.ts';
import { makeRun } from '../../store/factories.ts';
import { openTestDatabase, type TestDatabase } from '../../helpers/test-db.ts';

const TOKEN = `ghp_${'Z9y8X7w6V5'.repeat(4)}`;

describe('the recorder', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase();
  });

  afterAll(() => database.cleanup());

  it('stores each step redacted, numbered, in the live buffer and told to the watcher', async () => {
    const run = await makeRun(database.db);
    const runtime = createMemoryState();
    const seen: StepEvent[] = [];
    const recorder = createRecorder({ runId: run.run_id, db: database.db, runtime, logger: silentLogger, onStep: (e) => seen.push(e) });

    await recorder.step('install', 'install_dependencies', `npm ci with ${TOKEN}`, { payload: { env: `GITHUB_TOKEN=${TOKEN}` }, thought: `used ${TOKEN}` });
    await recorder.step('detect', 'detect_checks', 'found 1 check');

    const traces = await listTraces(database.db, run.run_id);
    expect(traces.map((t) => [t.step_index, t.agent_node, t.action_type])).toEqual([
      [0, 'install', 'install_dependencies'],
      [1, 'detect', 'detect_checks'],
    ]);
    expect(JSON.stringify(traces)).not.toContain(TOKEN);
    expect(traces[0].action_label).toBe('npm ci with [REDACTED]');
    expect(JSON.stringify(await runtime.readEvents(run.run_id))).not.toContain(TOKEN);
    expect(await runtime.getField(run.run_id, 'current_node')).toBe('detect');
    expect(seen.map((e) => e.stepIndex)).toEqual([0, 1]);
    expect(seen[0].thought).toBe('used [REDACTED]');
  });
});
