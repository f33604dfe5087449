// The resource limits around a sandboxed command, as an argv prefix: prlimit sets them on itself
// and execs the rest, so they hold for the command and everything it starts.

export interface LimitOptions {
  memoryMb: number;
  maxProcesses: number;
  /** Absolute path of prlimit (util-linux), or null when missing: then no rlimits are set. */
  prlimit: string | null;
  /** Absolute path of setpriv, and the uid to drop to; null when RIFT does not run as root. */
  dropTo: { setpriv: string; uid: number } | null;
}

/**
 * argv prefix that applies the limits. Why RLIMIT_DATA and not RLIMIT_AS: V8 and WebAssembly
 * reserve gigabytes of address space they never touch, so an AS limit that stops a runaway
 * process also stops `node --version`; DATA counts only private writable memory (heap, anonymous
 * mappings), per process. Why drop to another uid as root: the kernel never applies RLIMIT_NPROC
 * to uid 0, so a fork bomb is only stopped for a non-root user; CAP_DAC_OVERRIDE is kept (and
 * nothing else) so the command can still write the root-owned workspace, and the read-only mounts
 * still refuse every write elsewhere.
 */
export function buildLimitPrefix(opts: LimitOptions): string[] {
  const prefix: string[] = [];
  if (opts.prlimit) {
    const dataBytes = Math.max(1, Math.floor(opts.memoryMb)) * 1024 * 1024;
    const nproc = Math.max(1, Math.floor(opts.maxProcesses));
    prefix.push(opts.prlimit, `--nproc=${nproc}`, `--data=${dataBytes}`, '--core=0', '--');
  }
  if (opts.dropTo) {
    const uid = String(opts.dropTo.uid);
    prefix.push(
      opts.dropTo.setpriv,
      `--reuid=${uid}`,
      `--regid=${uid}`,
      '--clear-groups',
      '--inh-caps=-all,+dac_override',
      '--ambient-caps=+dac_override',
      '--bounding-set=-all,+dac_override',
      '--no-new-privs',
      '--',
    );
  }
  return prefix;
}
