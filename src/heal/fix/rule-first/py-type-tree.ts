// Shared by the Python TYPE_ERROR fixers: the file's tree, the nodes a failure's line holds, the
// function around them, and the run that turns candidate edits into a parser-checked patch.
import type { Node, Tree } from 'web-tree-sitter';
import type { Failure, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate, type Candidate } from '../candidates.ts';
import { pythonSyntaxProblem } from '../python-syntax.ts';
import { parseTree } from '../syntax-tree.ts';
import { typeEditCandidate, type TextEdit } from './ts-type-edits.ts';

/** What a Python type fixer needs to build its candidates. */
export interface PyTypeSite {
  failure: Failure;
  text: string;
  root: Node;
  workspace: WorkspaceReader;
}

/** Candidates in order of plausibility, or the reason to decline. */
export type PyCandidateBuilder = (site: PyTypeSite) => Candidate[] | string | Promise<Candidate[] | string>;

// Reads and parses the failure's file, asks the builder for candidates (or a reason to decline)
// and returns the first candidate the Python compiler accepts.
export async function runPyTypeFix(
  failure: Failure,
  workspace: WorkspaceReader,
  python: string,
  confidence: number,
  build: PyCandidateBuilder,
): Promise<FixResult> {
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  let tree: Tree | null = null;
  let built: Candidate[] | string;
  try {
    tree = await parseTree(text, 'python');
    built = await build({ failure, text, root: tree.rootNode, workspace });
  } finally {
    tree?.delete();
  }
  if (typeof built === 'string') return { kind: 'decline', reason: built };
  return pickCandidate(built, {
    file: failure.file,
    before: text,
    confidence,
    check: async (after) => {
      const problem = await pythonSyntaxProblem(after, python);
      return problem ? [problem] : [];
    },
  });
}

// Nodes of the given types that start on the failure's line (or span it, for a multi-line
// expression), narrowed to those covering the failure's column when the tool gave one.
export function pyNodesAt(site: PyTypeSite, types: readonly string[]): Node[] {
  const row = site.failure.line - 1;
  const found = site.root
    .descendantsOfType([...types])
    .filter((n): n is Node => n !== null && n.startPosition.row <= row && n.endPosition.row >= row);
  const column = site.failure.column;
  if (column === undefined) return found;
  const at = found.filter((n) => covers(n, row, column - 1));
  return at.length > 0 ? at : found;
}

function covers(node: Node, row: number, column: number): boolean {
  const start = node.startPosition;
  const end = node.endPosition;
  const afterStart = start.row < row || (start.row === row && start.column <= column);
  const beforeEnd = end.row > row || (end.row === row && end.column > column);
  return afterStart && beforeEnd;
}

// The innermost def around a node, or null at module level.
export function enclosingPyFunction(node: Node): Node | null {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'function_definition') return n;
  }
  return null;
}

// The return statements of a function's own body (not of functions nested in it).
export function ownReturns(fn: Node): Node[] {
  return fn
    .descendantsOfType('return_statement')
    .filter((r): r is Node => r !== null && enclosingPyFunction(r)?.id === fn.id);
}

// A candidate from splices of the original text.
export function pyCandidate(text: string, edits: TextEdit[], description: string, reason: string): Candidate {
  return typeEditCandidate(text, edits, description, reason);
}

/** The name a call calls: `f` of `f(x)`, `g` of `obj.g(x)`; null for anything else. */
export function calleeName(call: Node): string | null {
  const fn = call.childForFieldName('function');
  if (fn?.type === 'identifier') return fn.text;
  if (fn?.type === 'attribute') return fn.childForFieldName('attribute')?.text ?? null;
  return null;
}
