// The CLI's exit codes: a script can tell a healed repository from one that needs a person.
import type { FinalStatus } from '../heal/types.ts';

export const EXIT = { PASSED: 0, FAILED: 1, BAD_INPUT: 2, QUARANTINED: 3 } as const;

/** The exit code of a finished run. */
export function exitCodeFor(status: FinalStatus, abort: 'bad_input' | 'internal_error' | null): number {
  if (abort === 'bad_input') return EXIT.BAD_INPUT;
  return EXIT[status];
}
