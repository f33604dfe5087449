// A statement that should not be there: a simple statement on the line (an assignment, a call,
// a return, a break) is deleted. Definitions and compound statements are never deleted.
import type { Node } from 'web-tree-sitter';
import { snippet, viewOf, type Mutation, type MutationOperator, type SiteView } from './mutation.ts';

export const deleteStatementOperator: MutationOperator = (site) => {
  const view = viewOf(site);
  const out: Mutation[] = [];
  for (const statement of view.statements) {
    const block = statement.parent;
    if (!block || !view.kinds.deletable.includes(statement.type) || !view.kinds.blocks.includes(block.type)) continue;
    const siblings = block.namedChildren.filter((n) => n !== null && n.type !== 'comment');
    const alone = siblings.length === 1;
    if (alone && view.kinds.emptyStatement === null && block.type === 'program') continue;
    out.push(deletion(view, statement, alone ? view.kinds.emptyStatement : null));
  }
  return out;
};

// Removes the statement's whole lines when nothing else stands on them, else only its own text.
function deletion(view: SiteView, statement: Node, replacement: string | null): Mutation {
  const source = view.site.source;
  const lineStart = source.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const newline = source.indexOf('\n', statement.endIndex);
  const lineEnd = newline < 0 ? source.length : newline + 1;
  const ownLines = source.slice(lineStart, statement.startIndex).trim() === '' && source.slice(statement.endIndex, lineEnd).trim() === '';
  const description = `delete \`${snippet(statement.text)}\``;
  if (replacement !== null) return { operator: 'delete', start: statement.startIndex, end: statement.endIndex, insert: replacement, description, size: 3 };
  if (ownLines) return { operator: 'delete', start: lineStart, end: lineEnd, insert: '', description, size: 3 };
  return { operator: 'delete', start: statement.startIndex, end: statement.endIndex, insert: '', description, size: 3 };
}
