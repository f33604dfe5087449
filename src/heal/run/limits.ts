// The limits every sandboxed command runs under; generous enough for a real test suite, tight
// enough that a runaway one cannot take the machine.
export interface CommandLimits {
  timeoutMs: number;
  memoryMb: number;
  maxProcesses: number;
  outputCapBytes: number;
}

export const CHECK_LIMITS: CommandLimits = {
  timeoutMs: 5 * 60_000,
  memoryMb: 4096,
  maxProcesses: 512,
  outputCapBytes: 1024 * 1024,
};

export const INSTALL_LIMITS: CommandLimits = { ...CHECK_LIMITS, timeoutMs: 15 * 60_000 };
