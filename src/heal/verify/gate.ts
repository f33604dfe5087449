// The verification gate: a patch is kept only if the check that reported the failure no longer
// reports it and reports nothing new that it could see before.
import type { CheckResult, Failure } from '../types.ts';
import { failureKey, isBlocked, newFailureKeys } from './failure-key.ts';

export type GateVerdict = { keep: true; reason: string; revealed: string[] } | { keep: false; reason: string };

/** Judges a patch by the targeted check's results before and after it. */
export function judgePatch(failure: Failure, before: CheckResult, after: CheckResult): GateVerdict {
  if (after.timedOut) return { keep: false, reason: `\`${after.check.command}\` timed out after the patch` };
  const key = failureKey(failure);
  if (after.failures.some((f) => failureKey(f) === key)) {
    return { keep: false, reason: `\`${after.check.command}\` still reports it` };
  }
  if (!after.passed && after.failures.length === 0) {
    return { keep: false, reason: `\`${after.check.command}\` now fails in a way RIFT cannot place` };
  }
  const added = newFailureKeys(before, after);
  if (added.length === 0) return { keep: true, reason: `\`${after.check.command}\` no longer reports it`, revealed: [] };
  // A check that could not parse or import everything before sees more now: revealed, not caused.
  if (isBlocked(before)) {
    return { keep: true, reason: `\`${after.check.command}\` no longer reports it; it now sees ${added.length} more`, revealed: added };
  }
  return { keep: false, reason: `the patch makes \`${after.check.command}\` report ${added.length} new failure(s)` };
}
