// results.json: its shape (schemas/results.schema.json mirrored as types), its validation and its
// atomic write to <outputDir>/<run_id>/results.json.
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BadInputError } from '../errors/index.ts';
import type { BugType, FinalStatus, Score, Strategy } from '../heal/types.ts';
import schema from '../../schemas/results.schema.json' with { type: 'json' };
import { writeFileAtomic } from './atomic-write.ts';

export type FixStatus = 'applied' | 'failed' | 'rolled_back' | 'skipped';

export type CiStatus = 'passed' | 'failed' | 'pending' | 'running';

export interface ResultsFix {
  /** Relative to the repository root, forward slashes. */
  file: string;
  bug_type: BugType;
  line_number: number;
  /** "[AI-AGENT] ..." when committed; may be empty for a fix that never reached a commit. */
  commit_message: string;
  status: FixStatus;
  /** formatFixLine's output for this fix. */
  fix_line?: string;
  /** The failure as the tool reported it. */
  description?: string;
  /** What was done: the end of the fix line. */
  fix_description?: string;
  strategy?: Strategy;
  /** In [0, 1]. */
  confidence?: number;
  commit_sha?: string | null;
}

export interface CiLogEntry {
  iteration: number;
  status: CiStatus;
  /** ISO 8601 date-time. */
  timestamp: string;
  regression: boolean;
  /** The repository's own CI run on GitHub for this iteration's commit, when there was one. */
  github_run_id?: number | null;
}

/** Whose CI decided the run. */
export interface CiVerdict {
  source: 'github' | 'local';
  /** For the reader: why this source, e.g. "the repository's CI does not run on the fix branch". */
  detail: string;
}

export interface UnresolvedFailure {
  file: string;
  line: number;
  bug_type: BugType | null;
  message: string;
  /** Id of the check that reported it. */
  check: string;
  /** Why RIFT left it. */
  reason: string;
}

export interface ResultsCheck {
  id: string;
  command: string;
  cwd: string;
}

export interface Results {
  run_id: string;
  repo_url: string;
  team_name: string;
  leader_name: string;
  branch_name: string;
  final_status: FinalStatus;
  total_failures: number;
  total_fixes: number;
  total_time_secs: number;
  score: Score;
  fixes: ResultsFix[];
  ci_log: CiLogEntry[];
  started_at?: string;
  finished_at?: string;
  total_commits?: number;
  total_iterations?: number;
  retry_limit?: number;
  quarantine_reason?: string | null;
  failure_reason?: string | null;
  unresolved?: UnresolvedFailure[];
  checks?: ResultsCheck[];
  sandbox?: 'bwrap' | 'none';
  ci_verdict?: CiVerdict;
}

export const RESULTS_FILE_NAME = 'results.json';

// Compiled once per process: compiling the schema costs far more than validating with it.
const validate = (() => {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormatsModule.default(ajv);
  return ajv.compile(schema);
})();

/** Throws an Error listing every way `results` breaks the published schema. */
export function validateResults(results: unknown): asserts results is Results {
  if (validate(results)) return;
  const problems = (validate.errors ?? []).map(describeError);
  throw new Error(`results.json does not match schemas/results.schema.json:\n- ${problems.join('\n- ')}`);
}

/** The path writeResults writes to, for callers that need it before the file exists. */
export function resultsPath(outputDir: string, runId: string): string {
  return join(outputDir, runId, RESULTS_FILE_NAME);
}

/** Validates, then writes <outputDir>/<run_id>/results.json atomically; returns its path. */
export async function writeResults(outputDir: string, results: Results): Promise<string> {
  validateResults(results);
  const path = resultsPath(outputDir, results.run_id);
  await writeFileAtomic(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}

function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  if (error.keyword !== 'enum') return `${where} ${error.message ?? 'is invalid'}`;
  const { allowedValues } = error.params as { allowedValues: unknown[] };
  return `${where} ${error.message ?? 'is invalid'} (${allowedValues.join(', ')})`;
}

/**
 * Reads a results.json back, checked against the published schema; a missing, non-JSON or
 * off-schema file is a BadInputError naming the path (retrying will not change it).
 */
export async function readResults(path: string): Promise<Results> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') throw new BadInputError(`${path} does not exist`, { cause: err });
    throw err;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BadInputError(`${path} is not JSON (${(err as Error).message})`, { cause: err });
  }
  try {
    validateResults(data);
  } catch (err) {
    throw new BadInputError(`${path} is invalid: ${(err as Error).message}`, { cause: err });
  }
  return data;
}
