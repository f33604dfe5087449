// Shared by the TypeScript TYPE_ERROR fixers: the file's tree, the nodes that start where tsc
// placed its diagnostic, the function around them, and the run that turns candidate edits into a
// parser-checked patch.
import type { Node, Tree } from 'web-tree-sitter';
import type { Failure, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate, type Candidate } from '../candidates.ts';
import { grammarOf, parseTree } from '../syntax-tree.ts';
import { indexLines, offsetAt } from '../text-lines.ts';
import { tsParseDiagnostics } from '../ts-syntax.ts';

/** What a TypeScript type fixer needs to build its candidates. */
export interface TsTypeSite {
  failure: Failure;
  text: string;
  root: Node;
  /** Offset of the diagnostic's line and column. */
  offset: number;
}

/** Candidates in order of plausibility, or the reason to decline. */
export type TsCandidateBuilder = (site: TsTypeSite) => Candidate[] | string;

export const FUNCTION_TYPES = ['function_declaration', 'function_expression', 'arrow_function', 'method_definition', 'generator_function_declaration'];

// Reads and parses the failure's file, asks the builder for candidates (or a reason to decline)
// and returns the first candidate the TypeScript parser accepts.
export async function runTsTypeFix(failure: Failure, workspace: WorkspaceReader, confidence: number, build: TsCandidateBuilder): Promise<FixResult> {
  const grammar = grammarOf(failure.file);
  if (grammar === null || grammar === 'python') return { kind: 'decline', reason: `${failure.file} is not a TypeScript or JavaScript file` };
  if (failure.column === undefined) return { kind: 'decline', reason: 'the diagnostic has no column' };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const offset = offsetAt(indexLines(text), failure.line, failure.column);
  let tree: Tree | null = null;
  let built: Candidate[] | string;
  try {
    tree = await parseTree(text, grammar);
    built = build({ failure, text, root: tree.rootNode, offset });
  } finally {
    tree?.delete();
  }
  if (typeof built === 'string') return { kind: 'decline', reason: built };
  return pickCandidate(built, { file: failure.file, before: text, confidence, check: (after) => tsParseDiagnostics(failure.file, after) });
}

// The nodes that start exactly where the diagnostic points, innermost first.
export function tsNodesAt(site: TsTypeSite): Node[] {
  const chain: Node[] = [];
  for (let n: Node | null = site.root.descendantForIndex(site.offset); n && n.startIndex === site.offset; n = n.parent) {
    if (n.type !== 'program') chain.push(n);
  }
  return chain;
}

// The innermost function around a node, or null at module level.
export function enclosingTsFunction(node: Node): Node | null {
  for (let n = node.parent; n; n = n.parent) {
    if (FUNCTION_TYPES.includes(n.type)) return n;
  }
  return null;
}

export function isAsync(fn: Node): boolean {
  return fn.children.some((c) => c?.type === 'async');
}

// The return statements of a function's own body (not of functions nested in it).
export function ownTsReturns(fn: Node): Node[] {
  return fn.descendantsOfType('return_statement').filter((r): r is Node => r !== null && enclosingTsFunction(r)?.id === fn.id);
}

// The returned expression of a return statement, if any.
export function returnedValue(statement: Node): Node | null {
  return statement.namedChildren.find((c): c is Node => c !== null && c.type !== 'comment') ?? null;
}

// Reads tsc's quoted type: literal types are widened ('"3"' -> string, '3' -> number).
export function widenTsType(type: string): string {
  if (/^(["']).*\1$/.test(type)) return 'string';
  if (/^-?\d+(\.\d+)?$/.test(type)) return 'number';
  if (type === 'true' || type === 'false') return 'boolean';
  return type;
}
