// The shape every tool parser shares: output text in, failures out, no I/O.
import type { Failure, ToolName } from '../types.ts';

/** Where the output came from, so paths can be made repository-relative. */
export interface ParseContext {
  /** Absolute path of the repository root. */
  repoRoot: string;
  /** Directory the check ran in, relative to the root ('.' for the root), forward slashes. */
  cwd: string;
  /** Id of the check whose output this is. */
  check: string;
}

export interface Parser {
  tool: ToolName;
  /** Failures found in the (ANSI-stripped) output; [] when the output is not this tool's. */
  parse(output: string, ctx: ParseContext): Failure[];
}
