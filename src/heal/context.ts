// What every step of one run shares: its identity, its workspace, and the means to run and record.
import type { IgnoreMatcher } from '../config/ignore-paths.ts';
import type { Logger } from '../log.ts';
import type { StrategyWeightSet } from '../store/index.ts';
import type { CheckBoard } from './check-board.ts';
import type { Committer, CommitRecord } from './committer.ts';
import type { Recorder } from './record/recorder.ts';
import type { CommandLimits } from './run/limits.ts';
import type { Exploration } from './steps/choose-strategies.ts';
import type { LlmSession } from '../llm/types.ts';
import type { Sandbox } from './sandbox/index.ts';
import type { BugType, Check, FileEdit, Failure, Fixer, Strategy, WorkspaceReader } from './types.ts';
import type { Workspace } from './workspace/workspace.ts';

/** A fix of this run as results.json and the report show it. */
export interface FixOutcome {
  fixId: string;
  failure: Failure;
  /** The file the fix line names when it is not the failure's: where the fixer located the problem. */
  file?: string;
  /** The line the fix line names: the failure's, or where the fixer located a vaguely placed one. */
  line: number;
  bugType: BugType;
  description: string;
  fixLine: string;
  /** Identifies the patch's content, so a patch rolled back once is not applied again. */
  signature: string;
  status: 'applied' | 'failed' | 'rolled_back' | 'skipped';
  strategy: Strategy | null;
  confidence: number | null;
  commitSha: string | null;
  commitMessage: string | null;
  /** The patch's whole-file edits; the knowledge base learns from them. */
  edits?: FileEdit[];
}


export interface HealContext {
  runId: string;
  recorder: Recorder;
  /** Bound to the run; for RIFT's own faults (error) and doubts (warn). */
  logger: Logger;
  workspace: Workspace;
  sandbox: Sandbox;
  checks: Check[];
  /** Paths `.github/rift.yml` tells RIFT to leave alone. */
  ignored: IgnoreMatcher;
  /** What fixers see of the workspace: its files less the ignored ones (vendored tools, generated code). */
  reader: WorkspaceReader;
  readonly board: CheckBoard;
  committer: Committer;
  fixers: Fixer[];
  /** The run's models, when LLM_PROVIDER is set: its spend is the run's total_llm_cost_usd. */
  llm: LlmSession | null;
  weights: Record<BugType, StrategyWeightSet>;
  /** How often a lighter strategy is tried first (choose-strategies.ts). */
  exploration: Exploration;
  limits: CommandLimits;
  /** Every fix attempt of the run, in order. */
  fixes: FixOutcome[];
  /** Commits of the current iteration, oldest first: the suspects when CI regresses. */
  iterationCommits: CommitRecord[];
  /** Signatures of patches that CI rolled back. */
  rolledBackPatches: Set<string>;
  /** Why the last attempt at a failure did not fix it, by failure key. */
  reasons: Map<string, string>;
  /** Every distinct problem seen in the run (place and type), for total_failures. */
  seenFailures: Set<string>;
  iteration: number;
}
