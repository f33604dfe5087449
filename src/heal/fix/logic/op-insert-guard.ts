// A missing guard: an early-return `if` that the same function already uses elsewhere
// (`if not items: return 0`) is copied in front of the statement on the line.
import type { Node } from 'web-tree-sitter';
import { snippet, viewOf, type Mutation, type MutationOperator, type SiteView } from './mutation.ts';
import { enclosingScope } from './scope-names.ts';

export const insertGuardOperator: MutationOperator = (site) => {
  const view = viewOf(site);
  const out: Mutation[] = [];
  for (const statement of view.statements) {
    if (!statement.parent || !view.kinds.blocks.includes(statement.parent.type) || view.kinds.functions.includes(statement.type)) continue;
    const indent = indentBefore(site.source, statement);
    if (indent === null) continue;
    const previous = statement.previousNamedSibling;
    const eol = site.source.includes('\r\n') ? '\r\n' : '\n';
    for (const guard of guardsAround(view, statement)) {
      if (previous && previous.text === guard.text) continue;
      const insert = `${indent}${reindent(site.source, guard, indent)}${eol}`;
      const lineStart = statement.startIndex - indent.length;
      out.push({ operator: 'guard', start: lineStart, end: lineStart, insert, description: `add the guard \`${snippet(guard.text)}\``, size: 4 });
    }
  }
  return out;
};

// The early-return ifs of the statement's function that do not hold the statement.
function guardsAround(view: SiteView, statement: Node): Node[] {
  const scope = enclosingScope(statement, view.kinds);
  const guards: Node[] = [];
  const texts = new Set<string>();
  for (const candidate of scope.descendantsOfType(view.kinds.ifStatement)) {
    if (!candidate || !isGuard(view, candidate) || contains(candidate, statement) || contains(statement, candidate)) continue;
    if (!texts.has(candidate.text)) guards.push(candidate);
    texts.add(candidate.text);
  }
  return guards;
}

// `if cond: return x` / `if (cond) return x;` with no else, whose body is that return alone.
function isGuard(view: SiteView, node: Node): boolean {
  if (node.childForFieldName('alternative')) return false;
  const body = node.childForFieldName('consequence');
  if (!body) return false;
  if (body.type === view.kinds.returnStatement) return true;
  const statements = body.namedChildren.filter((n) => n !== null && n.type !== 'comment');
  return statements.length === 1 && statements[0]!.type === view.kinds.returnStatement;
}

function contains(outer: Node, inner: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

// The whitespace before a node that starts its line, or null when other code stands before it.
function indentBefore(source: string, node: Node): string | null {
  const lineStart = source.lastIndexOf('\n', node.startIndex - 1) + 1;
  const before = source.slice(lineStart, node.startIndex);
  return /^[ \t]*$/.test(before) ? before : null;
}

// The guard's text with its continuation lines moved from its own indentation to `indent`.
function reindent(source: string, guard: Node, indent: string): string {
  const own = indentBefore(source, guard) ?? '';
  return guard.text
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(own) ? indent + line.slice(own.length) : line))
    .join('\n');
}
