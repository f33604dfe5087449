// Test support: runs one mutation operator on a line of a snippet and returns what the line becomes.
import type { MutationOperator } from '../../../../src/heal/fix/logic/mutation.ts';
import { applyMutation } from '../../../../src/heal/fix/logic/mutants.ts';
import { parseTree, type Grammar } from '../../../../src/heal/fix/syntax-tree.ts';

/** Each mutation's text of `line` afterwards (trimmed), in the operator's order. */
export async function mutatedLines(operator: MutationOperator, grammar: Grammar, source: string, line: number): Promise<string[]> {
  const after = await mutatedTexts(operator, grammar, source, line);
  return after.map((text) => text.split('\n')[line - 1].trim());
}

/** Each mutation's whole text afterwards. */
export async function mutatedTexts(operator: MutationOperator, grammar: Grammar, source: string, line: number): Promise<string[]> {
  const tree = await parseTree(source, grammar);
  try {
    return operator({ source, tree, line, grammar }).map((m) => applyMutation(source, m));
  } finally {
    tree.delete();
  }
}

/** Lines joined with newlines and a final newline. */
export function lines(...text: string[]): string {
  return `${text.join('\n')}\n`;
}
