import { RiftError } from './rift-error.ts';

/**
 * The user's input cannot be healed as given (not a repository, malformed config, no checks...).
 * The message is shown to the user as is; the run ends with a terminal status, the CLI exits 2.
 */
export class BadInputError extends RiftError {
  readonly action = 'give-up' as const;
}
