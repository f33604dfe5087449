// Builds a retrieval answer sentence by sentence and remembers which steps it cites, in order.
import type { StepDocument } from './documents.ts';

export interface Composed {
  text: string;
  /** Step indexes cited, each once, in the order the text cites them. */
  cited: number[];
  /** False when nothing in the run answers the question (the text says so and cites nothing). */
  found: boolean;
}

export interface Writer {
  say(sentence: string): void;
  /** Starts a new paragraph (a list after a sentence, a second subject). */
  paragraph(): void;
  /** " [step N]" for each step given (none for undefined), and notes them as cited. */
  cite(...docs: Array<StepDocument | undefined>): string;
  done(): Composed;
}

export function createWriter(): Writer {
  const sentences: string[] = [];
  const cited: number[] = [];
  return {
    say: (sentence) => void sentences.push(sentence),
    paragraph() {
      if (sentences.length > 0) sentences.push('\n');
    },
    cite(...docs) {
      const present = docs.filter((doc): doc is StepDocument => doc !== undefined);
      for (const doc of present) if (!cited.includes(doc.id)) cited.push(doc.id);
      return present.map((doc) => ` [step ${doc.id}]`).join('');
    },
    done: () => ({ text: sentences.join(' ').replace(/[ \t]*\n[ \t]*/g, '\n').replace(/\n{2,}/g, '\n').trim(), cited, found: cited.length > 0 }),
  };
}

/** Recorded text on one line without its final stop, so a citation can follow it before the stop. */
export function clause(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  return /[.!?]$/.test(trimmed) ? trimmed.slice(0, -1) : trimmed;
}

export function shortSha(sha: string | null): string {
  return sha ? sha.slice(0, 7) : '';
}
