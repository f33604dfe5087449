export { RiftError, type ErrorAction } from './rift-error.ts';
export { BadInputError } from './bad-input-error.ts';
export { TransientError } from './transient-error.ts';
