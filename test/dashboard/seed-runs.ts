// The runs the API tests see, in a scratch database of their own (the list sees every run in it):
// octo-org/alpha's a1 (passed, oldest, with fixes, CI events and a trace), a2 (failed), a3 (running);
// octo-org/secret's s1 (failed), s2 (passed); and two runs never shown: a CLI run of a local folder
// and a repository on another host.
import type { Knex } from 'knex';
import { appendTrace, finishRun, insertCiEvent, insertRun, type Run, type RunOutcome } from '../../src/store/index.ts';
import { makeFix, newRunFields } from '../store/factories.ts';

export const ALPHA = 'https://github.com/octo-org/alpha';
export const SECRET = 'https://github.com/octo-org/secret';

export type SeededRuns = Record<'a1' | 'a2' | 'a3' | 's1' | 's2' | 'local' | 'elsewhere', Run>;

const outcome = (status: RunOutcome['status']): RunOutcome => ({
  status,
  end_time: new Date('2026-01-01T10:30:00Z'),
  total_time_secs: 245.5,
  base_score: 100,
  speed_bonus: 10,
  efficiency_penalty: 0,
  final_score: 110,
  total_failures: 2,
  total_fixes: 2,
  total_commits: 2,
  total_iterations: 1,
});

// A run of the repository, in the status given, created at the minute given (so the order is known).
async function seedRun(db: Knex, repoUrl: string, status: Run['status'], minute: number): Promise<Run> {
  const run = await insertRun(db, newRunFields({ repo_url: repoUrl, status: 'running', start_time: new Date(`2026-01-01T10:0${minute}:00Z`) }));
  await db('runs').where({ run_id: run.run_id }).update({ created_at: new Date(`2026-01-01T10:0${minute}:00Z`) });
  if (status === 'running') return run;
  return finishRun(db, run.run_id, outcome(status as RunOutcome['status']));
}

/** Inserts the runs (and a1's fixes, CI events and trace). */
export async function seedRuns(db: Knex): Promise<SeededRuns> {
  const runs = {
    a1: await seedRun(db, ALPHA, 'passed', 1),
    a2: await seedRun(db, ALPHA, 'failed', 2),
    a3: await seedRun(db, ALPHA, 'running', 3),
    s1: await seedRun(db, SECRET, 'failed', 4),
    s2: await seedRun(db, SECRET, 'passed', 5),
    local: await seedRun(db, '/home/ada/projects/app', 'passed', 6),
    elsewhere: await seedRun(db, 'https://gitlab.com/octo-org/alpha', 'passed', 7),
  };
  await makeFix(db, runs.a1.run_id, { file_path: 'src/utils.py', line_number: 15 });
  await makeFix(db, runs.a1.run_id, { file_path: 'src/app.py', bug_type: 'SYNTAX', line_number: 8, fix_description: 'add the missing colon' });
  await insertCiEvent(db, { run_id: runs.a1.run_id, iteration: 2, status: 'passed', triggered_at: new Date('2026-01-01T10:20:00Z') });
  await insertCiEvent(db, { run_id: runs.a1.run_id, iteration: 1, status: 'failed', triggered_at: new Date('2026-01-01T10:10:00Z') });
  for (const label of ['clone', 'detect checks', 'run checks']) {
    await appendTrace(db, { run_id: runs.a1.run_id, agent_node: 'pipeline', action_type: 'step', action_label: label, payload: { label } });
  }
  return runs;
}
