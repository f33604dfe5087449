// What POST /api/runs takes: the repository (owner/name, or its URL on the configured GitHub), the
// team and leader that name the fix branch, and the retry limit. Pure: the schema and the checks only.
import { z } from 'zod';
import { BadInputError } from '../errors/index.ts';
import { fixBranchName } from '../heal/branch-name.ts';
import { HttpError, parseInput } from './http-error.ts';
import { repoRefOf, type RepoRef } from './repo-ref.ts';

/** DESIGN.md section 2: 5 iterations unless asked. */
export const DEFAULT_RETRY_LIMIT = 5;
export const MAX_RETRY_LIMIT = 20;

export interface StartRunInput {
  repository: RepoRef;
  team: string;
  leader: string;
  retryLimit: number;
}

// runs.team_name and leader_name are VARCHAR(120).
const name = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');

// A form posts numbers as text: digits count as the number they spell.
const retryLimit = z
  .preprocess(
    (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
    z.number('must be a whole number').int('must be a whole number').min(1, 'must be at least 1').max(MAX_RETRY_LIMIT, `must be at most ${MAX_RETRY_LIMIT}`),
  )
  .default(DEFAULT_RETRY_LIMIT);

/** The request body, checked; a bad field (or a team and leader that name no branch) is a 400 saying which. */
export function parseStartRunBody(body: unknown, webOrigin: string): StartRunInput {
  const repository = z
    .string('must be owner/name or the repository’s URL')
    .trim()
    .transform((value, ctx) => {
      const ref = repoRefOfInput(value, webOrigin);
      if (!ref) ctx.addIssue({ code: 'custom', message: `must be owner/name or ${webOrigin}/owner/name` });
      return ref ?? z.NEVER;
    });
  const schema = z.object({ repository, team: name, leader: name, retry_limit: retryLimit });
  const parsed = parseInput(schema, body ?? {});
  try {
    fixBranchName(parsed.team, parsed.leader);
  } catch (err) {
    if (err instanceof BadInputError) throw new HttpError(400, err.message);
    throw err;
  }
  return { repository: parsed.repository, team: parsed.team, leader: parsed.leader, retryLimit: parsed.retry_limit };
}

// "owner/name" is short for the repository's URL on the configured GitHub; anything else must be that URL.
function repoRefOfInput(value: string, webOrigin: string): RepoRef | null {
  const url = /^[^/:]+\/[^/]+$/.test(value) ? `${webOrigin}/${value}` : value;
  return repoRefOf(url, webOrigin);
}
