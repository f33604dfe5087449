// The shape of one benchmark case: a repository as a file map and the single bug seeded in it.
import type { BugType, Language } from '../../src/heal/types.ts';

/** Where the seeded bug is and what it is: what a right classification must report. */
export interface SeededBug {
  bugType: BugType;
  /** Repository-relative, forward slashes. */
  file: string;
  /** 1-based line of the bug. */
  line: number;
}

export interface BenchCase {
  /** Unique, for the report only: the engine never sees it. */
  name: string;
  language: Language;
  /** A short label grouping cases in the report, e.g. "unused import". */
  kind: string;
  files: Record<string, string>;
  bug: SeededBug;
}

/** 1-based line of the first line of `text` that contains `needle`; throws when absent (a corpus bug). */
export function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`corpus: "${needle}" not found`);
  return index + 1;
}
