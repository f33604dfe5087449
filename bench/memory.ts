// Peak resident memory of the bench process, sampled on a timer: process.resourceUsage().maxRSS
// alone would also count the brief spikes of startup, so both are reported.
export interface RssSampler {
  /** Highest RSS seen so far, in bytes. */
  peak(): number;
  stop(): void;
}

/** Samples process.memoryUsage.rss() every `intervalMs` until stopped. */
export function startRssSampler(intervalMs = 50): RssSampler {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, intervalMs);
  timer.unref();
  return {
    peak: () => Math.max(peak, process.memoryUsage.rss()),
    stop: () => clearInterval(timer),
  };
}
