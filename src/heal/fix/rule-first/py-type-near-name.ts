// An attribute that exists under a near name, as the tool itself suggests it: mypy's
// `"Foo" has no attribute "nmae"; maybe "name"?` [attr-defined] and Python's
// `AttributeError: 'Foo' object has no attribute 'nmae'. Did you mean: 'name'?`.
import type { Node } from 'web-tree-sitter';
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { pyCandidate, pyNodesAt, runPyTypeFix, type PyTypeSite } from './py-type-tree.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const SUGGESTIONS = [
  /has no attribute "(\w+)"; maybe "(\w+)"\?$/,
  /has no attribute '(\w+)'\. Did you mean: '(\w+)'\?$/,
];

// A fixer for a misspelt attribute that the checker names the right spelling of.
export function pyTypeNearNameFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-type-near-name',
    strategy: 'rule_first',
    bugTypes: ['TYPE_ERROR'],
    languages: ['python'],
    fix: (failure, workspace) => fixNearName(failure, workspace, python),
  };
}

async function fixNearName(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const m = SUGGESTIONS.map((p) => p.exec(failure.message.trim())).find((x) => x !== null);
  if (!m) return { kind: 'decline', reason: `no single suggested attribute in: ${failure.message}` };
  return runPyTypeFix(failure, workspace, python, 0.9, (site) => candidatesFor(site, m[1], m[2]));
}

function candidatesFor(site: PyTypeSite, wrong: string, right: string): Candidate[] | string {
  const names = pyNodesAt(site, ['attribute'])
    .map((a) => a.childForFieldName('attribute'))
    .filter((n): n is Node => n !== null && n.text === wrong && n.startPosition.row === site.failure.line - 1);
  if (names.length === 0) return `no attribute '${wrong}' at line ${site.failure.line}`;
  const edits = names.map((n) => ({ start: n.startIndex, end: n.endIndex, insert: right }));
  return [pyCandidate(site.text, edits, `use the attribute '${right}'`, `the checker reports no attribute '${wrong}' and suggests '${right}'`)];
}
