// Every single-edit mutant of one line of a file: each operator's edits applied to the text, the
// duplicates and the ones that no longer parse dropped before anything runs.
import { parseTree, type Grammar } from '../syntax-tree.ts';
import type { Mutation } from './mutation.ts';
import { MUTATION_OPERATORS } from './operators.ts';

export interface Mutant extends Mutation {
  file: string;
  /** The suspicious line the mutant was made for (1-based). */
  line: number;
  /** The whole file with the edit applied. */
  after: string;
}

export interface LineMutants {
  mutants: Mutant[];
  /** Edits that did not parse and were dropped. */
  unparsable: number;
}

// Mutants of `line`, smallest edits first, then in operator order.
export async function mutantsAt(file: string, source: string, grammar: Grammar, line: number): Promise<LineMutants> {
  const tree = await parseTree(source, grammar);
  let mutations: Mutation[];
  try {
    mutations = MUTATION_OPERATORS.flatMap((op) => op.mutate({ source, tree, line, grammar }));
  } finally {
    tree.delete();
  }
  const seen = new Set<string>([source]);
  const mutants: Mutant[] = [];
  let unparsable = 0;
  for (const mutation of [...mutations].sort((a, b) => a.size - b.size)) {
    const after = applyMutation(source, mutation);
    if (seen.has(after)) continue;
    seen.add(after);
    if (!(await parses(after, grammar))) {
      unparsable += 1;
      continue;
    }
    mutants.push({ ...mutation, file, line, after });
  }
  return { mutants, unparsable };
}

/** The text with one mutation applied. */
export function applyMutation(source: string, mutation: Pick<Mutation, 'start' | 'end' | 'insert'>): string {
  return source.slice(0, mutation.start) + mutation.insert + source.slice(mutation.end);
}

// tree-sitter's verdict on a whole mutated text: cheap, so every mutant gets it.
async function parses(text: string, grammar: Grammar): Promise<boolean> {
  const tree = await parseTree(text, grammar);
  try {
    return !tree.rootNode.hasError;
  } finally {
    tree.delete();
  }
}
