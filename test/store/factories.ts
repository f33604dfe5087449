// Row factories for store tests: every call makes rows no other test touches.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { insertRun, type NewRun } from '../../src/store/queries/runs.ts';
import { insertFix, type NewFix } from '../../src/store/queries/fixes.ts';
import type { Run } from '../../src/store/models/run.ts';
import type { Fix } from '../../src/store/models/fix.ts';

/** Fields of a fresh queued run with a fingerprint of its own. */
export function newRunFields(overrides: Partial<NewRun> = {}): NewRun {
  return {
    fingerprint: `github.com/acme/app@${randomUUID()}`,
    repo_url: 'https://github.com/acme/app',
    team_name: 'Code Warriors',
    leader_name: 'Ada Lovelace',
    branch_name: 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix',
    start_time: new Date(),
    ...overrides,
  };
}

/** Inserts a fresh queued run. */
export async function makeRun(db: Knex, overrides: Partial<NewRun> = {}): Promise<Run> {
  return insertRun(db, newRunFields(overrides));
}

/** Fields of an applied LINTING fix of the run. */
export function newFixFields(runId: string, overrides: Partial<NewFix> = {}): NewFix {
  return {
    run_id: runId,
    file_path: 'src/utils.py',
    bug_type: 'LINTING',
    line_number: 15,
    description: "F401 'os' imported but unused",
    fix_description: 'remove the import statement',
    status: 'applied',
    ...overrides,
  };
}

/** Inserts an applied fix of the run. */
export async function makeFix(db: Knex, runId: string, overrides: Partial<NewFix> = {}): Promise<Fix> {
  return insertFix(db, newFixFields(runId, overrides));
}

/** The SQLSTATE of a database error (node-postgres and PGlite both set `code`). */
export async function sqlState(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (err) {
    return (err as { code?: string }).code ?? (err as { nativeError?: { code?: string } }).nativeError?.code;
  }
  return undefined;
}
