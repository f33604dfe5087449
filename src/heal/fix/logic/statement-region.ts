// The part of a syntax tree that one line stands for: the statements on the line (the innermost
// one around it, and every one starting on it), without the statements nested in their bodies, so
// `if a < b:` offers its condition and not the whole block below it.
import type { Node } from 'web-tree-sitter';
import { isStatement, type SyntaxKinds } from './syntax-kinds.ts';

export interface Region {
  statements: Node[];
  nodes: Node[];
}

const CLOSERS = new Set(['}', ')', ']']);

// The statements and nodes of a 1-based line; empty for a blank, comment or closing-bracket line.
export function regionAt(root: Node, source: string, line: number): Region {
  const row = line - 1;
  const text = source.split('\n')[row];
  if (text === undefined) return { statements: [], nodes: [] };
  const column = text.search(/\S/);
  if (column < 0) return { statements: [], nodes: [] };

  const statements: Node[] = [];
  const first = root.descendantForPosition({ row, column });
  if (first && first.type !== 'comment' && !CLOSERS.has(first.type)) {
    const inner = enclosingStatement(first);
    if (inner) statements.push(inner);
  }
  for (const s of statementsStartingOn(root, row)) if (!statements.some((t) => t.id === s.id)) statements.push(s);

  const nodes: Node[] = [];
  for (const statement of statements) collectOwn(statement, statement, nodes);
  nodes.sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
  return { statements, nodes };
}

/** The first lines (1-based) of the statements inside a function, itself excluded, in file order. */
export function statementRows(scope: Node, kinds: SyntaxKinds): number[] {
  const rows = new Set<number>();
  for (const descendant of scope.descendantsOfType([...kinds.deletable, kinds.ifStatement, 'while_statement', 'for_statement', 'lexical_declaration', 'variable_declaration'])) {
    const statement = descendant && enclosingStatement(descendant);
    if (statement && statement.id !== scope.id) rows.add(statement.startPosition.row + 1);
  }
  return [...rows].sort((a, b) => a - b);
}

/** The innermost statement holding the node (itself included). */
export function enclosingStatement(node: Node): Node | null {
  for (let n: Node | null = node; n; n = n.parent) if (isStatement(n.type)) return n;
  return null;
}

// Statements whose first line is the row, nested ones included (`if x: return y` gives both).
function statementsStartingOn(root: Node, row: number): Node[] {
  const found: Node[] = [];
  const visit = (node: Node): void => {
    if (node.startPosition.row > row || node.endPosition.row < row) return;
    if (node.startPosition.row === row && isStatement(node.type)) found.push(node);
    for (const child of node.children) if (child) visit(child);
  };
  visit(root);
  return found;
}

// The statement and every node of it that is not inside a statement nested in it.
function collectOwn(node: Node, statement: Node, out: Node[]): void {
  if (node.id !== statement.id && isStatement(node.type)) return;
  out.push(node);
  for (const child of node.children) if (child) collectOwn(child, statement, out);
}
