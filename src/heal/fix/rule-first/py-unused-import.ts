// flake8 F401 ("'x' imported but unused"): removes the import, or only the unused name when
// the statement imports several.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate, type Candidate } from '../candidates.ts';
import { pythonSyntaxProblem } from '../python-syntax.ts';
import { indexLines, lineOf } from '../text-lines.ts';
import { listItemRange, statementRange, type Range } from './import-removal.ts';
import { pythonImportsAtLine, type PyImportBinding } from './py-import-bindings.ts';

const UNUSED = /^'([^']+)' imported but unused/;

export interface PythonFixerOptions {
  /** The Python interpreter that checks candidate edits compile. */
  python?: string;
}

// A fixer for unused Python imports reported by flake8/pyflakes.
export function pyUnusedImportFixer(options: PythonFixerOptions = {}): Fixer {
  return {
    name: 'py-unused-import',
    strategy: 'rule_first',
    bugTypes: ['LINTING', 'IMPORT'],
    languages: ['python'],
    fix: (failure, workspace) => fixUnusedImport(failure, workspace, options.python ?? 'python3'),
  };
}

async function fixUnusedImport(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const name = UNUSED.exec(failure.message)?.[1];
  if (!name) return { kind: 'decline', reason: `not an unused-import message: ${failure.message}` };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const bindings = await pythonImportsAtLine(text, failure.line);
  const binding = bindings.find((b) => b.key === name) ?? bindings.find((b) => b.local === name);
  if (!binding) return { kind: 'decline', reason: `'${name}' is not imported at ${failure.file} line ${failure.line}` };
  return pickCandidate(candidatesFor(text, binding), {
    file: failure.file,
    before: text,
    confidence: 0.95,
    check: async (after) => {
      const problem = await pythonSyntaxProblem(after, python);
      return problem ? [problem] : [];
    },
  });
}

function candidatesFor(text: string, binding: PyImportBinding): Candidate[] {
  if (binding.items.length > 1) {
    const range = listItemRange(text, binding.items, binding.index, 'python');
    return [candidate(text, range, '', `remove the unused import '${binding.shown}'`, `'${binding.key}' is never used; the statement's other names are kept`)];
  }
  const reason = `'${binding.key}' is the only name of its import statement and is never used`;
  return [
    candidate(text, statementRange(text, binding.statement, 'python'), '', 'remove the import statement', reason),
    // The import was a block's only statement: the block still needs one.
    candidate(text, binding.statement, 'pass', 'replace the unused import with pass', reason),
  ];
}

function candidate(text: string, range: Range, insert: string, description: string, reason: string): Candidate {
  const after = text.slice(0, range.start) + insert + text.slice(range.end);
  return { after, description, reason, lastTouchedLine: lineOf(indexLines(after), range.start + insert.length) };
}
