// Server mode's seams of the loop: the run the webhook queued, the branch published after each CI
// round with the repository's own CI having its say, and delivery handed to the caller.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healRun, type HealOutcome } from '../../src/heal/pipeline.ts';
import { fixBranchName } from '../../src/heal/branch-name.ts';
import { fingerprintOf } from '../../src/heal/fingerprint.ts';
import type { DeliverArgs, FixBranchRemote, PublishArgs, RemoteCiVerdict } from '../../src/heal/remote.ts';
import { createSandbox } from '../../src/heal/sandbox/index.ts';
import { silentLogger } from '../../src/log.ts';
import { createMemoryState } from '../../src/runtime/memory-state.ts';
import { getRun, insertRun, listCiEvents } from '../../src/store/index.ts';
import { makeRepo, type TestRepo } from '../helpers/git-repo.ts';
import { openHealHarness } from '../helpers/heal-harness.ts';
import { pythonTwoBugs } from '../helpers/broken-repos.ts';

/** A remote that records what it was asked to publish and answers with a fixed verdict. */
function scriptedRemote(verdict: RemoteCiVerdict): FixBranchRemote & { published: Array<Omit<PublishArgs, 'workspace' | 'recorder'>> } {
  const published: Array<Omit<PublishArgs, 'workspace' | 'recorder'>> = [];
  return {
    published,
    async publish({ branch, iteration, headSha, workspace }) {
      expect(await workspace.headSha()).toBe(headSha);
      published.push({ branch, iteration, headSha });
      return verdict;
    },
  };
}

interface Case {
  remote: ReturnType<typeof scriptedRemote>;
  delivered: Array<Omit<DeliverArgs, 'workspace' | 'recorder'>>;
  runId: string;
  outcome: HealOutcome;
}

let harness: Awaited<ReturnType<typeof openHealHarness>>;
let repo: TestRepo;
const cases: Record<'passed' | 'failed' | 'stopped', Case> = {} as never;

// A queued run like the webhook's, then healed on it with the given remote.
async function healQueued(verdict: RemoteCiVerdict): Promise<Case> {
  const { db } = harness;
  const commitSha = repo.git('rev-parse', 'HEAD').trim();
  const repoUrl = `https://github.com/acme/${verdict.kind}`;
  const branch = fixBranchName('Code Warriors', 'John Doe');
  const run = await insertRun(db, {
    fingerprint: fingerprintOf(repoUrl, commitSha),
    repo_url: repoUrl,
    team_name: 'Code Warriors',
    leader_name: 'John Doe',
    branch_name: branch,
    start_time: new Date(),
  });
  const remote = scriptedRemote(verdict);
  const delivered: Case['delivered'] = [];
  const outcome = await healRun(
    {
      request: { target: repoUrl, team: 'Code Warriors', leader: 'John Doe', outputDir: harness.outputDir, pdf: false },
      branch,
      source: { cloneFrom: repo.dir, repoUrl, localPath: null, commitSha, ref: 'main' },
    },
    {
      db,
      runtime: createMemoryState(),
      logger: silentLogger,
      sandbox: await createSandbox({ env: process.env, logger: silentLogger }),
      workRoot: harness.workRoot,
      remote,
      deliver: async ({ branch: b, commits, results }) => {
        delivered.push({ branch: b, commits, results });
      },
    },
    run.run_id,
  );
  return { remote, delivered, runId: run.run_id, outcome };
}

beforeAll(async () => {
  harness = await openHealHarness();
  repo = makeRepo(pythonTwoBugs());
  const [passed, failed, stopped] = await Promise.all([
    healQueued({ kind: 'passed', githubRunId: 4242, detail: 'every workflow run passed' }),
    healQueued({ kind: 'failed', githubRunId: 77, detail: 'workflow "test" failed' }),
    healQueued({ kind: 'stopped', detail: 'a person pushed to CODE_WARRIORS_JOHN_DOE_AI_Fix' }),
  ]);
  Object.assign(cases, { passed, failed, stopped });
}, 180_000);

afterAll(async () => {
  repo.cleanup();
  await harness.cleanup();
});

describe('a queued run healed with a remote', () => {
  it('heals the run the webhook queued, not a new one', async () => {
    const { runId, outcome } = cases.passed;

    expect(outcome.results.run_id).toBe(runId);
    expect((await getRun(harness.db, runId))!.status).toBe('passed');
  });

  it('publishes the branch head after the CI round and records GitHub’s run id', async () => {
    const { remote, runId, outcome } = cases.passed;

    expect(remote.published).toEqual([{ branch: 'CODE_WARRIORS_JOHN_DOE_AI_Fix', iteration: 1, headSha: expect.stringMatching(/^[0-9a-f]{40}$/) }]);
    expect(outcome.results.ci_log).toEqual([expect.objectContaining({ iteration: 1, status: 'passed', github_run_id: 4242 })]);
    expect(outcome.results.ci_verdict).toEqual({ source: 'github', detail: 'every workflow run passed' });
    const events = await listCiEvents(harness.db, runId);
    expect(events.map((e) => [e.iteration, e.status, e.github_run_id])).toEqual([[1, 'passed', 4242]]);
  });

  it('hands delivery to the caller with the commits and the final results', () => {
    const { delivered, outcome } = cases.passed;

    expect(delivered).toEqual([{ branch: 'CODE_WARRIORS_JOHN_DOE_AI_Fix', commits: 2, results: outcome.results }]);
  });

  it('fails the run when GitHub’s CI fails what the local checks pass', async () => {
    const { runId, outcome } = cases.failed;

    expect(outcome.results.final_status).toBe('FAILED');
    expect(outcome.results.failure_reason).toMatch(/repository's CI failed on CODE_WARRIORS_JOHN_DOE_AI_Fix although RIFT's local checks pass: workflow "test" failed/);
    expect(outcome.results.ci_log).toEqual([expect.objectContaining({ status: 'failed', github_run_id: 77 })]);
    expect((await listCiEvents(harness.db, runId)).map((e) => e.status)).toEqual(['failed']);
  });

  it('stops at once when the remote says a person pushed', () => {
    const { remote, outcome } = cases.stopped;

    expect(outcome.results.final_status).toBe('FAILED');
    expect(outcome.results.failure_reason).toBe('a person pushed to CODE_WARRIORS_JOHN_DOE_AI_Fix');
    expect(remote.published).toHaveLength(1);
  });
});
