// The shapes of mutation repair: a site (a file's text, its tree and one suspicious line) and the
// small edits an operator proposes there. Operators are pure functions from a site to edits.
import type { Node, Tree } from 'web-tree-sitter';
import type { Grammar } from '../syntax-tree.ts';
import { kindsOf, type SyntaxKinds } from './syntax-kinds.ts';
import { regionAt } from './statement-region.ts';

export interface MutationSite {
  source: string;
  tree: Tree;
  /** 1-based. */
  line: number;
  grammar: Grammar;
}

/** One replacement of `source[start, end)`; offsets are string indexes of the original text. */
export interface Mutation {
  operator: string;
  start: number;
  end: number;
  insert: string;
  /** The "what was done" of the fix line, e.g. "change `lo < hi` to `lo <= hi`". */
  description: string;
  /** How big the change is, in tokens; the search prefers the smallest plausible patch. */
  size: number;
}

export type MutationOperator = (site: MutationSite) => Mutation[];

/** What every operator works from: the grammar's table and the nodes of the statements on the line. */
export interface SiteView {
  site: MutationSite;
  kinds: SyntaxKinds;
  /** Statements standing on the line (innermost first), without the statements nested in them. */
  statements: Node[];
  /** Every node of those statements, in document order. */
  nodes: Node[];
}

// The view an operator starts from; empty when the line holds no statement.
export function viewOf(site: MutationSite): SiteView {
  const region = regionAt(site.tree.rootNode, site.source, site.line);
  return { site, kinds: kindsOf(site.grammar), statements: region.statements, nodes: region.nodes };
}

/** A node's text, short enough for a fix line. */
export function snippet(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 3)}...`;
}

// The replacement of a node's span, described by its text before and after.
export function replaceNode(operator: string, source: string, node: Node, insert: string, size = 1, context?: Node): Mutation {
  const around = context ?? node;
  const before = source.slice(around.startIndex, around.endIndex);
  const after = before.slice(0, node.startIndex - around.startIndex) + insert + before.slice(node.endIndex - around.startIndex);
  return {
    operator,
    start: node.startIndex,
    end: node.endIndex,
    insert,
    description: `change \`${snippet(before)}\` to \`${snippet(after)}\``,
    size,
  };
}
