// The verification gate: a patch is kept only if the check that reported the failure no longer
// reports it and reports nothing new that it could see before.
import type { CheckResult, Failure } from '../types.ts';
import { countKeys, failureKey, isBlocked, newFailureKeys } from './failure-key.ts';

export type GateVerdict = { keep: true; reason: string; revealed: string[] } | { keep: false; reason: string };

/** Judges a patch by the targeted check's results before and after it. */
export function judgePatch(failure: Failure, before: CheckResult, after: CheckResult): GateVerdict {
  if (after.timedOut) return { keep: false, reason: `\`${after.check.command}\` timed out after the patch` };
  // Fixed means one fewer of its kind: the same message may stand on other lines too.
  const key = failureKey(failure);
  // (The failure being fixed was reported, even when the check's result held it unplaced.)
  if ((countKeys(after).get(key) ?? 0) >= Math.max(1, countKeys(before).get(key) ?? 0)) {
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
