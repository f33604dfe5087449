// The fallback when no coverage can be had: run the failing tests once more and rank the frames of
// code under test on their stacks, deepest first. The failures' own locations count as one-frame
// stacks, so a ranking exists even when the run shows no stack at all.
import type { LogicRunner } from '../fix/logic/logic-runner.ts';
import type { Frame } from '../parse/frames.ts';
import type { Check, Failure } from '../types.ts';
import { rankByStack, type RankedLine } from './ochiai.ts';
import { stacksOf } from './stack-frames.ts';
import { focusedTestCommand } from './test-commands.ts';

/** Below this much time left, the failures' own locations are all there is. */
const MIN_RUN_MS = 2_000;

/** Ranks the failing stacks' lines of code under test (`keep`). */
export async function rankFromStacks(args: {
  check: Check;
  failures: Failure[];
  failingTests: string[];
  runner: LogicRunner;
  root: string;
  timeLeftMs: number;
  keep: (file: string) => boolean;
}): Promise<RankedLine[]> {
  const own: Frame[][] = args.failures.map((f) => [{ file: f.file, line: f.line }]);
  if (args.timeLeftMs < MIN_RUN_MS) return rankByStack(own, args.keep);
  const command = focusedTestCommand(args.check, args.failingTests) ?? args.check.command;
  try {
    const run = await args.runner.run(command, { cwd: args.check.cwd, timeoutMs: args.timeLeftMs });
    const printed = stacksOf(run.output, { repoRoot: args.root, cwd: args.check.cwd, check: args.check.id });
    return rankByStack([...printed, ...own], args.keep);
  } catch {
    return rankByStack(own, args.keep);
  }
}
