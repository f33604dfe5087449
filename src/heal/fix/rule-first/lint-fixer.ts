// The shared shape of the deterministic lint fixers: match the failure's code against the
// fixer's codes, read the file, build candidate edits, keep the first the language's own parser
// accepts. Each fixer supplies only its edit.
import type { BugType, Failure, Fixer, FixResult, Language, WorkspaceReader } from '../../types.ts';
import { pickCandidate, type Candidate, type SyntaxChecker } from '../candidates.ts';
import { pythonSyntaxProblem } from '../python-syntax.ts';
import { indexLines, lineOf } from '../text-lines.ts';
import { tsParseDiagnostics } from '../ts-syntax.ts';
import type { Range } from './import-removal.ts';

/** What an edit gets: the finding and the file's current text. */
export interface LintInput {
  failure: Failure;
  text: string;
}

/** Candidate edits of the file, most plausible first, or the reason there is none. */
export type LintEdit = (input: LintInput) => Candidate[] | string | Promise<Candidate[] | string>;

export interface LintFixerSpec {
  name: string;
  languages: readonly Language[];
  /** Failure codes (flake8 codes, ESLint rule ids) this fixer answers. */
  codes: readonly string[];
  edit: LintEdit;
  /** In [0, 1]; the fixes are mechanical, so high unless the edit guesses. */
  confidence?: number;
  bugTypes?: readonly BugType[];
  /** The Python interpreter that checks Python candidates compile. */
  python?: string;
}

// A rule_first Fixer for the given codes, validated by the file's own parser.
export function lintFixer(spec: LintFixerSpec): Fixer {
  const codes = new Set(spec.codes);
  return {
    name: spec.name,
    strategy: 'rule_first',
    bugTypes: spec.bugTypes ?? ['LINTING'],
    languages: spec.languages,
    fix: (failure, workspace) => fixLint(spec, codes, failure, workspace),
  };
}

async function fixLint(spec: LintFixerSpec, codes: Set<string>, failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  if (failure.code === undefined || !codes.has(failure.code)) {
    return { kind: 'decline', reason: `${spec.name} does not handle ${failure.code ?? 'findings without a code'}` };
  }
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const candidates = await spec.edit({ failure, text });
  if (typeof candidates === 'string') return { kind: 'decline', reason: candidates };
  return pickCandidate(candidates, {
    file: failure.file,
    before: text,
    confidence: spec.confidence ?? 0.95,
    check: checkerFor(failure.file, spec.python ?? 'python3'),
  });
}

// The parser that judges candidates: CPython's compiler for .py, TypeScript's parser otherwise.
export function checkerFor(file: string, python: string): SyntaxChecker {
  if (file.endsWith('.py') || file.endsWith('.pyi')) {
    return async (after) => {
      const problem = await pythonSyntaxProblem(after, python);
      return problem ? [problem] : [];
    };
  }
  return (after) => tsParseDiagnostics(file, after);
}

// A candidate that replaces text[range) with insert.
export function spliceCandidate(text: string, range: Range, insert: string, description: string, reason: string): Candidate {
  const after = text.slice(0, range.start) + insert + text.slice(range.end);
  return { after, description, reason, lastTouchedLine: lineOf(indexLines(after), range.start + insert.length) };
}
