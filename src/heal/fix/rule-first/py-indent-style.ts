// flake8's indentation-style findings on a file that compiles: W191 (tabs), E101 (tabs and spaces
// mixed), E111 (not a multiple of 4), E117 (over-indented). flake8 reports every offending line
// and the fix must clear them all, so every offending line is rewritten (with the blocks it
// carries) and nothing else; the syntax tree must come out identical.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate, type Candidate } from '../candidates.ts';
import { indentWidth, previousLogical, pythonIndentLines, spaceStep, type PyIndentLine } from '../python-indent.ts';
import { pythonSameProgram } from '../python-indent-ast.ts';
import { reindentLines } from '../python-indent-render.ts';
import { pythonSyntaxProblem } from '../python-syntax.ts';
import { topLevelStatement } from './py-indent-runs.ts';
import { tabsDescription } from './py-indent-tabs.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

/** pycodestyle's indent size (its default; a project may change it, the gate then judges). */
const INDENT_SIZE = 4;
const FOUR_SPACES = ' '.repeat(INDENT_SIZE);

// A fixer for flake8's tab and indent-width findings (W191, E101, E111, E117).
export function pyIndentStyleFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-indent-style',
    strategy: 'rule_first',
    bugTypes: ['INDENTATION'],
    languages: ['python'],
    fix: (failure, workspace) => fixIndentStyle(failure, workspace, python),
  };
}

async function fixIndentStyle(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const code = failure.code ?? '';
  if (!['W191', 'E101', 'E111', 'E117'].includes(code)) return { kind: 'decline', reason: `not an indentation-style finding: ${code || failure.message}` };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const lines = pythonIndentLines(text);
  if (lines[failure.line - 1]?.kind === 'string') return { kind: 'decline', reason: `line ${failure.line} is inside a multi-line string: its whitespace is the string's value` };
  const candidate = styleCandidate(text, lines, code);
  if (!candidate) return { kind: 'decline', reason: `found no line of ${failure.file} to re-indent for ${code}` };
  return pickCandidate([candidate], {
    file: failure.file,
    before: text,
    confidence: 0.95,
    check: async (after) => {
      const problem = await pythonSyntaxProblem(after, python);
      if (problem) return [problem];
      return (await pythonSameProgram(text, after, python)) ? [] : [{ line: 0 }];
    },
  });
}

// The one edit that clears every finding of this code in the file.
export function styleCandidate(text: string, lines: readonly PyIndentLine[], code: string): Candidate | null {
  const char = pycodestyleIndentChar(text);
  const tabsOut = code === 'W191' || (code === 'E101' && char === ' ');
  if (code === 'W191' || code === 'E101') {
    const foreign = tabsOut ? '\t' : ' ';
    const selected = lines.filter((l) => l.kind !== 'string' && l.indent.includes(foreign)).map((l) => l.line);
    const unit = tabsOut ? spacesUnit(lines) : '\t';
    const reason = tabsOut ? 'the file indents with spaces; tabs in the indentation are rewritten as its levels' : 'the file indents with tabs; the lines indented with spaces are rewritten as its levels';
    return render(text, lines, selected, unit, tabsDescription({ char: tabsOut ? ' ' : '\t', unit }), reason);
  }
  const offending = code === 'E111' ? notMultipleOfFour(lines) : overIndented(lines, char === '\t' ? 8 : INDENT_SIZE);
  const selected = [...new Set(offending.flatMap((line) => topLevelStatement(lines, line)))].filter((n) => lines[n - 1].indent !== '');
  const unit = char === '\t' ? '\t' : FOUR_SPACES;
  if (code === 'E111') return render(text, lines, selected, unit, `indent by a multiple of ${INDENT_SIZE} spaces`, 'pycodestyle wants indentation in steps of 4 columns');
  return render(text, lines, selected, unit, 'reduce the over-indented block to one level', 'a block body is indented by more than one level');
}

function render(text: string, lines: readonly PyIndentLine[], selected: number[], unit: string, description: string, reason: string): Candidate | null {
  if (selected.length === 0) return null;
  const after = reindentLines(text, lines, { selected: new Set(selected), tabSize: 8, unit });
  return after === null ? null : { after, description, reason, lastTouchedLine: Math.max(...selected) };
}

// pycodestyle's indent_char: the first character of the first physical line that starts with whitespace.
export function pycodestyleIndentChar(text: string): ' ' | '\t' {
  const first = /^[ \t]/m.exec(text);
  return first?.[0] === '\t' ? '\t' : ' ';
}

// The spaces one level takes in this file; PEP 8's four when it has no space-indented block.
function spacesUnit(lines: readonly PyIndentLine[]): string {
  const step = spaceStep(lines);
  return step === null ? FOUR_SPACES : ' '.repeat(step);
}

function notMultipleOfFour(lines: readonly PyIndentLine[]): number[] {
  return lines.filter((l) => l.kind === 'logical' && indentWidth(l.indent) % INDENT_SIZE !== 0).map((l) => l.line);
}

// pycodestyle's E117: a body deeper than its header plus one indent.
function overIndented(lines: readonly PyIndentLine[], amount: number): number[] {
  return lines
    .filter((l) => {
      if (l.kind !== 'logical') return false;
      const previous = previousLogical(lines, l.line);
      return previous !== null && previous.header && indentWidth(l.indent) > indentWidth(previous.indent) + amount;
    })
    .map((l) => l.line);
}
