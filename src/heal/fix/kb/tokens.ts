// A small line lexer for Python, JavaScript and TypeScript: enough to compare two pieces of code by
// shape (names, literals, operators) without a parser, and to rename tokens in place.
import type { Language } from '../../types.ts';
import { isKeyword } from './keywords.ts';

export type TokenKind = 'id' | 'kw' | 'num' | 'str' | 'op';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offsets in the line, end exclusive. */
  start: number;
  end: number;
}

const IDENTIFIER = /[\p{L}_$][\p{L}\p{N}_$]*/uy;
const NUMBER = /(?:0[xob][0-9a-f_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:e[+-]?\d+)?)[nj]?/iy;
const PY_STRING_PREFIX = /(?:[rbuf]|rb|br|fr|rf)(?=['"])/iy;
const OPERATORS = [
  '>>>=', '**=', '//=', '>>=', '<<=', '===', '!==', '>>>', '...', '**', '//', '==', '!=', '<=', '>=', '&&', '||',
  '??', '?.', '=>', '->', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<', '>>', ':=', '++', '--',
];

/** The tokens of one line; comments and whitespace are left out. */
export function lexLine(line: string, language: Language): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < line.length) {
    const ch = line[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (isCommentStart(line, i, language)) {
      if (line.startsWith('/*', i)) {
        const close = line.indexOf('*/', i + 2);
        if (close >= 0) {
          i = close + 2;
          continue;
        }
      }
      break;
    }
    const literal = readWord(line, i, language);
    if (literal) {
      tokens.push(literal);
      i = literal.end;
      continue;
    }
    const op = OPERATORS.find((o) => line.startsWith(o, i)) ?? ch;
    tokens.push({ kind: 'op', text: op, start: i, end: i + op.length });
    i += op.length;
  }
  return tokens;
}

/** Leading whitespace of a line. */
export function indentOf(line: string): string {
  return /^\s*/.exec(line)![0];
}

// Comments differ between copies of the same code and say nothing of its shape.
function isCommentStart(line: string, i: number, language: Language): boolean {
  if (language === 'python') return line[i] === '#';
  return line.startsWith('//', i) || line.startsWith('/*', i);
}

// A string, number, keyword or name starting at i, or null when an operator starts there.
function readWord(line: string, i: number, language: Language): Token | null {
  const token = (kind: TokenKind, end: number): Token => ({ kind, text: line.slice(i, end), start: i, end });
  const str = stringEnd(line, i, language);
  if (str !== null) return token('str', str);
  const num = matchAt(NUMBER, line, i);
  if (num !== null) return token('num', num);
  const word = matchAt(IDENTIFIER, line, i);
  if (word === null) return null;
  return token(isKeyword(line.slice(i, word), language) ? 'kw' : 'id', word);
}

// Where a string literal starting at i ends (past its closing quote, or the end of the line when it
// runs on), or null when no string starts there.
function stringEnd(line: string, i: number, language: Language): number | null {
  let start = i;
  if (language === 'python') start = matchAt(PY_STRING_PREFIX, line, i) ?? i;
  const quote = line[start];
  if (quote !== '"' && quote !== "'" && !(quote === '`' && language !== 'python')) return null;
  const triple = language === 'python' && line.startsWith(quote.repeat(3), start);
  const closing = triple ? quote.repeat(3) : quote;
  let j = start + closing.length;
  while (j < line.length) {
    if (line[j] === '\\') {
      j += 2;
      continue;
    }
    if (line.startsWith(closing, j)) return j + closing.length;
    j += 1;
  }
  return line.length;
}

// Where a sticky pattern's match at i ends; null when it does not match there.
function matchAt(pattern: RegExp, line: string, i: number): number | null {
  pattern.lastIndex = i;
  const match = pattern.exec(line);
  return match && match[0].length > 0 ? i + match[0].length : null;
}
