// Graceful shutdown: on SIGTERM/SIGINT, close every worker (each finishes its job in hand), then exit.

/** Something that can be shut down: a worker, a queue, a server. */
export interface Closer {
  close(): Promise<void>;
}

/** The part of `process` this needs, so tests can pass an EventEmitter. */
export interface SignalSource {
  on(signal: string, listener: () => void): unknown;
  off(signal: string, listener: () => void): unknown;
}

export interface CloseOnSignalsOptions {
  /** Defaults to `process`. */
  source?: SignalSource;
  signals?: readonly string[];
  /** Called once all closers are done (0) or one failed (1), or at once (1) on a second signal. */
  exit?: (code: number) => void;
  onError?: (err: unknown) => void;
}

/**
 * Wires the signals to closing all `closers` together; a second signal exits at once (jobs still in hand
 * are then handed back by BullMQ's stalled-job check when their lock expires). Returns an unwire function.
 */
export function closeOnSignals(closers: readonly Closer[], opts: CloseOnSignalsOptions = {}): () => void {
  const source = opts.source ?? process;
  const signals = opts.signals ?? ['SIGTERM', 'SIGINT'];
  const exit = opts.exit ?? ((code: number) => process.exit(code));
  let closing = false;

  const onSignal = (): void => {
    if (closing) return exit(1);
    closing = true;
    void closeAll(closers, opts.onError).then((ok) => exit(ok ? 0 : 1));
  };
  for (const signal of signals) source.on(signal, onSignal);
  return () => {
    for (const signal of signals) source.off(signal, onSignal);
  };
}

// All at once, so no worker keeps taking jobs while another drains; one failure stops none of the others.
async function closeAll(closers: readonly Closer[], onError?: (err: unknown) => void): Promise<boolean> {
  const results = await Promise.allSettled(closers.map((closer) => closer.close()));
  const failures = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
  for (const failure of failures) onError?.(failure.reason);
  return failures.length === 0;
}
