// What RIFT answers on a pull request when a `/rift heal` does not start a run. Pure text: one place
// for the wording, tested without GitHub.
import { HEAL_COMMAND_USAGE } from './parse-heal-command.ts';
import { MAX_ITERATIONS, MIN_ITERATIONS } from './guards/iterations.ts';
import { RECENT_COMMITS } from './guards/bot-commits.ts';

const SYNTAX = [
  'Usage:',
  '```',
  HEAL_COMMAND_USAGE,
  '```',
  `Names with spaces go in quotes (\`--team "Code Warriors"\`); \`--max-iterations\` is a whole number from ${MIN_ITERATIONS} to ${MAX_ITERATIONS}.`,
].join('\n');

/** A command RIFT could not read. */
export function malformedCommandReply(user: string, error: string): string {
  return `@${user} RIFT could not read this command: ${error}.\n\n${SYNTAX}`;
}

/** An iteration count outside the cap. */
export function iterationLimitReply(user: string, error: string): string {
  return `@${user} ${error}, so RIFT did not start.\n\n${SYNTAX}`;
}

/** The commenter lacks write access. */
export function notAllowedReply(user: string): string {
  return (
    `Thanks for asking, @${user}! Only people with write, maintain or admin access to this repository can start RIFT, ` +
    'so nothing was run. A maintainer can comment `/rift heal` for you.'
  );
}

/** The newest commits are all by bots. */
export function botCommitsReply(user: string): string {
  return (
    `@${user} RIFT does not heal this pull request: its last ${RECENT_COMMITS} commits (or all of them, if fewer) are by bots, ` +
    'and RIFT leaves branches that automation owns to that automation. Push a commit of your own and ask again.'
  );
}

/** The pull request cannot be healed as it stands (closed, head repository gone, names unusable). */
export function cannotHealReply(user: string, reason: string): string {
  return `@${user} RIFT did not start: ${reason}`;
}

export interface RunInProgress {
  runId: string;
  headSha: string;
  /** Where the RIFT check run of the commit shows. */
  checksUrl: string;
}

/** A run of the same commit is already queued or running. */
export function alreadyRunningReply(user: string, run: RunInProgress): string {
  return (
    `@${user} RIFT is already healing \`${run.headSha.slice(0, 7)}\` (run \`${run.runId}\`). ` +
    `Follow it in the [RIFT check run on that commit](${run.checksUrl}); push a new commit to heal again.`
  );
}

/** The checks page of a commit: the RIFT check run lives there. */
export function commitChecksUrl(repoHtmlUrl: string, sha: string): string {
  return `${repoHtmlUrl}/commit/${sha}/checks`;
}
