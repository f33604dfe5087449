import { RiftError } from './rift-error.ts';

/** A fault outside RIFT that may pass (network, a service restarting): the caller retries later. */
export class TransientError extends RiftError {
  readonly action = 'retry' as const;
}
