// One base class for the errors RIFT raises on purpose; its subclasses say what the caller must do.

/** What the caller should do with an error: retry later, or give up and tell the user why. */
export type ErrorAction = 'retry' | 'give-up';

export abstract class RiftError extends Error {
  abstract readonly action: ErrorAction;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}
