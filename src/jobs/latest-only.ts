// A sender that never blocks its caller and never floods GitHub: poke() asks for an update, at most
// one send runs at a time, at most one per interval, and a burst of pokes becomes one send of the
// latest state. Its errors are the sender's to log.

export interface LatestOnly {
  /** Asks for a send; returns at once. */
  poke(): void;
  /** Sends now (after the send in flight) and starts the interval from here. */
  now(): Promise<void>;
  /** Drops any waiting send and waits for the one in flight, so nothing is sent after it. */
  close(): Promise<void>;
}

/** Wraps `send` so pokes are coalesced and spaced `intervalMs` apart. */
export function latestOnly(send: () => Promise<void>, intervalMs: number): LatestOnly {
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let pending = false;
  let closed = false;
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> | null = null;

  function schedule(): void {
    if (closed || timer || inFlight || !pending) return;
    const wait = Math.max(0, lastSentAt + intervalMs - Date.now());
    timer = setTimeout(fire, wait);
  }

  function fire(): void {
    timer = null;
    if (closed) return;
    pending = false;
    lastSentAt = Date.now();
    inFlight = send()
      .catch(() => undefined)
      .finally(() => {
        inFlight = null;
        schedule();
      });
  }

  return {
    poke() {
      if (closed) return;
      pending = true;
      schedule();
    },
    async now() {
      while (inFlight) await inFlight;
      if (closed) return;
      if (timer) clearTimeout(timer);
      timer = null;
      fire();
      await inFlight;
    },
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      timer = null;
      await inFlight;
    },
  };
}
