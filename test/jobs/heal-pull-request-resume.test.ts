import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENT_EMAIL, AGENT_NAME } from '../../src/heal/workspace/workspace.ts';
import { healPullRequest } from '../../src/jobs/heal-pull-request.ts';
import { appendTrace, getRun, insertCiEvent, insertFix, listCiEvents, listFixes, listTraces, startRunAttempt } from '../../src/store/index.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockInstallationToken } from '../helpers/probot.ts';
import {
  BRANCH,
  emptyCalls,
  mockFixPullRequest,
  mockNoCi,
  mockRunEnd,
  mockRunStart,
  openPullRequestWorld,
  unusedImports,
  type PullRequestCase,
  type PullRequestWorld,
} from './pull-request-world.ts';

let world: PullRequestWorld;

beforeAll(async () => {
  world = await openPullRequestWorld();
});

afterAll(() => world.close());

const FIX_MESSAGE = '[AI-AGENT] LINTING error in src/shop/prices.py line 1 → Fix: remove the import statement';

// What a worker that died after its first fix leaves: the run running, a fix, a CI event and steps
// recorded, and that fix already pushed to the fix branch.
async function deadWorkerWasHere(c: PullRequestCase): Promise<{ fixId: string; staleSha: string }> {
  await startRunAttempt(world.db, c.runId);
  const fix = await insertFix(world.db, {
    run_id: c.runId,
    file_path: 'src/shop/prices.py',
    bug_type: 'LINTING',
    line_number: 1,
    description: "F401 'json' imported but unused",
    fix_description: 'remove the import statement',
    status: 'applied',
    commit_message: FIX_MESSAGE,
  });
  await insertCiEvent(world.db, { run_id: c.runId, iteration: 1, status: 'running', triggered_at: new Date() });
  for (const action of ['clone', 'detect_checks']) {
    await appendTrace(world.db, { run_id: c.runId, agent_node: 'workspace', action_type: action, action_label: action });
  }
  const staleSha = c.bare.pushCommit({
    branch: BRANCH,
    from: c.trigger.headSha,
    files: { 'src/shop/prices.py': 'import math\n\n\ndef rounded_up(value):\n    return math.ceil(value)\n' },
    message: FIX_MESSAGE,
    author: { name: AGENT_NAME, email: AGENT_EMAIL },
  });
  return { fixId: fix.fix_id, staleSha };
}

describe('healPullRequest on a run a dead worker left running', () => {
  useStrictHttpMock();
  const calls = emptyCalls();
  let c: PullRequestCase;
  let dead: { fixId: string; staleSha: string };

  beforeAll(async () => {
    c = await world.queueRun(unusedImports());
    dead = await deadWorkerWasHere(c);
    mockInstallationToken(c.trigger.installationId);
    mockRunStart(c, calls);
    mockNoCi(c, calls);
    mockFixPullRequest(c, calls);
    mockRunEnd(c, calls);

    await healPullRequest(c.runId, world.deps());
  });

  it('heals it again from the start and passes it', async () => {
    const traces = await listTraces(world.db, c.runId);

    expect((await getRun(world.db, c.runId))?.status).toBe('passed');
    expect(traces.map((t) => t.step_index)).toEqual(traces.map((_, i) => i));
    expect(traces[0].agent_node).toBe('trigger');
    expect(traces.some((t) => t.action_type === 'resume')).toBe(true);
  });

  it('keeps one set of fixes and CI events: the dead attempt’s rows are gone', async () => {
    const results = JSON.parse(readFileSync(path.join(world.outputDir, c.runId, 'results.json'), 'utf8'));
    const fixes = await listFixes(world.db, c.runId);
    const events = await listCiEvents(world.db, c.runId);

    expect(fixes.map((f) => f.fix_id)).not.toContain(dead.fixId);
    expect(fixes).toHaveLength(results.fixes.length);
    expect(fixes.filter((f) => f.file_path === 'src/shop/prices.py' && f.status === 'applied')).toHaveLength(1);
    expect(events).toHaveLength(results.ci_log.length);
  });

  it('replaces its own earlier push on the fix branch instead of adding to it', async () => {
    const results = JSON.parse(readFileSync(path.join(world.outputDir, c.runId, 'results.json'), 'utf8'));
    const subjects = c.bare.subjects(c.trigger.headRef, BRANCH);

    expect(c.bare.branchSha(BRANCH)).not.toBe(dead.staleSha);
    expect(subjects).toHaveLength(results.total_commits);
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(subjects.filter((s) => s === FIX_MESSAGE)).toHaveLength(1);
    expect(calls.pullCreated).toHaveLength(1);
  });
});
