// Commit messages of RIFT: every one starts with `[AI-AGENT] ` (DESIGN.md section 2).
import { formatFixLine } from '../report/fix-line.ts';
import type { BugType } from './types.ts';

export const COMMIT_PREFIX = '[AI-AGENT] ';

/** The message of a one-fix commit: the prefix and the fix line. */
export function fixCommitMessage(fix: { bugType: BugType; file: string; line: number; description: string }): string {
  return COMMIT_PREFIX + formatFixLine({ bugType: fix.bugType, file: fix.file, line: fix.line, fixDescription: fix.description });
}

/** The message of a batch commit: one subject line, then each fix line. */
export function batchCommitMessage(file: string, lines: string[]): string {
  return `${COMMIT_PREFIX}Fix ${lines.length} errors in ${file}\n\n${lines.join('\n')}`;
}

/** The message of a rollback commit. */
export function revertCommitMessage(subject: string): string {
  return `${COMMIT_PREFIX}Revert "${subject}"`;
}
