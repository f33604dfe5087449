// A queued or running run that will never be healed (the worker gave up on it) still ends like every
// run: a terminal status with its reason, a score, and a results.json (DESIGN.md section 3).
import type { Knex } from 'knex';
import type { Logger } from '../log.ts';
import type { Results } from '../report/results.ts';
import type { RuntimeState } from '../runtime/runtime-state.ts';
import { getRun, isTerminalStatus } from '../store/index.ts';
import { DEFAULT_RETRY_LIMIT } from './pipeline.ts';
import { createRecorder } from './record/recorder.ts';
import { finishRun } from './steps/finish-run.ts';

export interface EndRunArgs {
  db: Knex;
  runtime: RuntimeState;
  logger: Logger;
  runId: string;
  /** Why the run ends unhealed, for the user: it becomes results.json's failure_reason. */
  reason: string;
  outputDir: string;
}

/** Ends the run FAILED with `reason`; returns its results, or null when it had ended already. */
export async function endRunUnhealed(args: EndRunArgs): Promise<Results | null> {
  const { db, runId } = args;
  const run = await getRun(db, runId);
  if (!run || isTerminalStatus(run.status)) return null;
  const recorder = createRecorder({ runId, db, runtime: args.runtime, logger: args.logger });
  await recorder.step('plan', 'given_up', args.reason, { thought: 'RIFT will not try this run again; it ends here with its reason.' });
  const finished = await finishRun({
    db,
    recorder,
    logger: args.logger,
    runId,
    source: { cloneFrom: run.repo_url, repoUrl: run.repo_url, localPath: null, commitSha: '', ref: '' },
    request: { team: run.team_name, leader: run.leader_name, outputDir: args.outputDir, pdf: false },
    branch: run.branch_name,
    startedAt: run.start_time,
    status: 'FAILED',
    retryLimit: DEFAULT_RETRY_LIMIT,
    ciLog: [],
    ctx: null,
    quarantineReason: null,
    failureReason: args.reason,
  });
  await finished.markTerminal();
  return finished.results;
}
