// The lines the search mutates: the localiser's best-ranked lines that RIFT may edit, each with
// its file's text and grammar. A ranking from the failing stacks alone is short: with `widen`, the
// other statements of the same functions follow, in file order.
import type { RankedLine } from '../../localise/index.ts';
import type { WorkspaceReader } from '../../types.ts';
import { protectedReason } from '../../verify/protected-paths.ts';
import { grammarOf, parseTree, type Grammar } from '../syntax-tree.ts';
import { kindsOf } from './syntax-kinds.ts';
import { enclosingScope } from './scope-names.ts';
import { statementRows } from './statement-region.ts';

export interface SuspiciousLine {
  file: string;
  line: number;
  grammar: Grammar;
  /** 0 for the most suspicious. */
  rank: number;
  /** Added because it shares a function with a ranked line, not ranked itself. */
  widened: boolean;
}

export interface LineSelection {
  lines: SuspiciousLine[];
  /** The text of every file a line is in. */
  sources: Map<string, string>;
}

// Up to `top` editable lines, ranked ones first.
export async function suspiciousLines(ranked: RankedLine[], top: number, reader: WorkspaceReader, widen: boolean): Promise<LineSelection> {
  const sources = new Map<string, string>();
  const lines: SuspiciousLine[] = [];
  const seen = new Set<string>();
  const add = (file: string, line: number, grammar: Grammar, widened: boolean) => {
    const key = `${file}:${line}`;
    if (seen.has(key) || lines.length >= top) return;
    seen.add(key);
    lines.push({ file, line, grammar, rank: lines.length, widened });
  };
  for (const entry of ranked) {
    if (lines.length >= top) break;
    const grammar = grammarOf(entry.file);
    if (!grammar || protectedReason(entry.file) || entry.file.split('/').pop()!.startsWith('_rift_')) continue;
    if (!sources.has(entry.file)) {
      const text = await reader.readText(entry.file);
      if (text === null) continue;
      sources.set(entry.file, text);
    }
    add(entry.file, entry.line, grammar, false);
  }
  for (const anchor of widen ? [...lines] : []) {
    if (lines.length >= top) break;
    for (const line of await functionLines(sources.get(anchor.file)!, anchor.grammar, anchor.line)) add(anchor.file, line, anchor.grammar, true);
  }
  return { lines, sources };
}

// The first lines of the statements in the function around a line, in file order.
async function functionLines(source: string, grammar: Grammar, line: number): Promise<number[]> {
  const tree = await parseTree(source, grammar);
  try {
    const kinds = kindsOf(grammar);
    const text = source.split('\n')[line - 1] ?? '';
    const node = tree.rootNode.descendantForPosition({ row: line - 1, column: Math.max(0, text.search(/\S/)) });
    if (!node) return [];
    const scope = enclosingScope(node, kinds);
    if (!kinds.functions.includes(scope.type)) return [];
    return statementRows(scope, kinds);
  } finally {
    tree.delete();
  }
}
