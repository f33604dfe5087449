// The plain data that flows through the healing pipeline. Every stage takes and returns these
// shapes; nothing here does I/O.

/** The six bug types of DESIGN.md section 2, exactly. */
export type BugType = 'LINTING' | 'SYNTAX' | 'LOGIC' | 'TYPE_ERROR' | 'IMPORT' | 'INDENTATION';

export const BUG_TYPES: readonly BugType[] = ['LINTING', 'SYNTAX', 'LOGIC', 'TYPE_ERROR', 'IMPORT', 'INDENTATION'];

/** Fix order: failures of the earlier types hide the later ones (a syntax error stops every check). */
export const BUG_TYPE_ORDER: readonly BugType[] = ['SYNTAX', 'INDENTATION', 'IMPORT', 'TYPE_ERROR', 'LINTING', 'LOGIC'];

export type Language = 'python' | 'javascript' | 'typescript';

/** The tools whose output RIFT understands; 'unknown' for a command it only runs. */
export type ToolName =
  | 'pytest'
  | 'unittest'
  | 'python'
  | 'flake8'
  | 'mypy'
  | 'node-test'
  | 'jest'
  | 'vitest'
  | 'mocha'
  | 'tsc'
  | 'eslint'
  | 'node'
  | 'npm-script'
  | 'unknown';

export type CheckKind = 'test' | 'lint' | 'typecheck' | 'build';

/** One command the repository's CI runs, found by detect/. */
export interface Check {
  /** Stable within a run, e.g. "pkg/api:pytest"; used to match results across iterations. */
  id: string;
  /** Shell command, run with `sh -c` inside the sandbox. */
  command: string;
  /** Directory to run in, relative to the repository root ('.' for the root), forward slashes. */
  cwd: string;
  kind: CheckKind;
  /** The tool the command runs, when known; parsers use every parser anyway. */
  tool: ToolName;
  language: Language | null;
  /** Where the check came from: a workflow file, a convention, or .github/rift.yml. */
  source: 'workflow' | 'convention' | 'config';
}

/** A dependency-install step: run with network, before the checks, never counted as a check. */
export interface InstallStep {
  command: string;
  cwd: string;
}

/** One problem a check reported, placed at a file and line of the repository. */
export interface Failure {
  /** Path relative to the repository root, forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, when the tool gives one. */
  column?: number;
  /** null when the classification table cannot place it: reported as what it is, never forced. */
  bugType: BugType | null;
  /** The tool's own message, one line. */
  message: string;
  /** The tool's code for it (flake8 "F401", tsc "TS2304", mypy "arg-type", Python "SyntaxError"). */
  code?: string;
  /** The tool that reported it. */
  tool: ToolName;
  /** Id of the check whose output held it. */
  check: string;
  /** The failing test's name, for test failures. */
  test?: string;
}

/** The outcome of running one check once. */
export interface CheckResult {
  check: Check;
  /** null when the process was killed (time-out, memory). */
  exitCode: number | null;
  timedOut: boolean;
  /** stdout and stderr interleaved, capped. */
  output: string;
  durationMs: number;
  failures: Failure[];
  /** exitCode === 0 and not timed out. */
  passed: boolean;
}

/** A whole-file replacement; the fixer computes `after`, the pipeline writes it. */
export interface FileEdit {
  /** Path relative to the repository root, forward slashes. */
  file: string;
  before: string;
  after: string;
}

export interface Patch {
  edits: FileEdit[];
  /** The "what was done" of the fix line: "remove the import statement". Lower-case, no final period. */
  description: string;
  /** In [0, 1]. */
  confidence: number;
  /** Why this patch: recorded as the trace's thought_text. */
  reason: string;
  /**
   * The line the fix was made at, when the fixer located the problem itself because the tool's
   * position was vague (a bundler blaming line 1); the fix line reports this one.
   */
  line?: number;
  /** Set by the LLM strategies: what the model work behind this patch was (fixes.model_used, token_cost_usd, consensus_votes). */
  llm?: LlmProvenance;
}

export interface LlmProvenance {
  /** The model(s) whose answer this is, as the API names them ("gpt-4o-mini-2024-07-18"). */
  model: string;
  /** USD of every call made for this patch, the failed attempts and samples included. */
  costUsd: number;
  /** llm_consensus: how the candidates voted (fixes.consensus_votes). */
  votes?: unknown;
}

export type Strategy = 'rule_first' | 'kb_lookup' | 'llm_single' | 'llm_consensus';

export const STRATEGIES: readonly Strategy[] = ['rule_first', 'kb_lookup', 'llm_single', 'llm_consensus'];

export type FixResult = { kind: 'patch'; patch: Patch } | { kind: 'decline'; reason: string };

/** Read-only view of the workspace that fixers may use; writing is the pipeline's job. */
export interface WorkspaceReader {
  /** Absolute path of the repository root. */
  root: string;
  /** Reads a file by repository-relative path; null when missing, binary, too large or outside the root. */
  readText(file: string): Promise<string | null>;
  /** Repository-relative paths of all tracked text files (forward slashes). */
  listFiles(): Promise<string[]>;
}

export interface Fixer {
  /** Short stable name, recorded in traces and fixes.model_used ("py-unused-import"). */
  name: string;
  strategy: Strategy;
  bugTypes: readonly BugType[];
  languages: readonly Language[];
  /**
   * Proposes a patch for one failure, or declines with the reason. Never writes: the pipeline
   * applies the patch and the verification gate decides whether it is kept.
   */
  fix(failure: Failure, workspace: WorkspaceReader): Promise<FixResult>;
}

export type FinalStatus = 'PASSED' | 'FAILED' | 'QUARANTINED';

export interface Score {
  base: number;
  speed_bonus: number;
  efficiency_penalty: number;
  total: number;
}
