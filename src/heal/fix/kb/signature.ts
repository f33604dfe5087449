// The key of the knowledge base: a failure described by what two occurrences of the same bug share
// (the tool, its code, the message without names or values, the shape of the code around the line),
// so a fix learnt in one repository is found again in another that spells things differently.
import { createHash } from 'node:crypto';
import type { Language } from '../../types.ts';
import { abstractMessage } from './message.ts';
import { lexLine } from './tokens.ts';

export interface SignatureInput {
  tool: string;
  code?: string | null;
  message: string;
  /** The language of the failure's file; null when RIFT cannot read it (no shape then). */
  language: Language | null;
  /** The failure's file, as it was when the failure was seen. */
  text: string;
  /** 1-based line of the failure. */
  line: number;
}

/** sha256 (hex) of the normalised failure. */
export function failureSignature(input: SignatureInput): string {
  const key = JSON.stringify([
    input.tool,
    input.code ?? '',
    abstractMessage(input.message).text,
    input.language ? codeShape(input.text, input.line, input.language) : '',
  ]);
  return createHash('sha256').update(key).digest('hex');
}

/**
 * The failure line with the nearest line of code above and below it, each as its tokens with names
 * as ID and literals as LIT: `import os` and `import re` have the same shape, `import os, re` not.
 */
export function codeShape(text: string, line: number, language: Language): string {
  const lines = text.split('\n');
  if (line < 1 || line > lines.length) return '';
  const shapeOf = (index: number): string =>
    lexLine(lines[index], language)
      .map((t) => (t.kind === 'id' ? 'ID' : t.kind === 'num' || t.kind === 'str' ? 'LIT' : t.text))
      .join(' ');
  const nearest = (from: number, step: number): string => {
    for (let i = from; i >= 0 && i < lines.length; i += step) {
      const shape = shapeOf(i);
      if (shape) return shape;
    }
    return '';
  };
  return [nearest(line - 2, -1), shapeOf(line - 1), nearest(line, 1)].join(' \u23ce ');
}
