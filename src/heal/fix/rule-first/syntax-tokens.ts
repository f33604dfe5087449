// The tokens of one physical line, as a light lexer over a code scan sees them: a string is one
// token, a comment ends the line. Both languages' syntax fixers use it with their own operators.
import type { CodeScan } from '../code-scan.ts';
import { lineEnd, lineStart, type LineIndex } from '../text-lines.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: 'code' | 'string';
}

/** Python's tokens: names, numbers, the longest operator first, then any single character. */
export const PY_TOKEN = /[A-Za-z_]\w*|\d[\w.]*|\*\*=|\/\/=|>>=|<<=|\.\.\.|->|:=|==|!=|<=|>=|\*\*|\/\/|<<|>>|[-+*/%&|^@]=|[^\s\w]/y;

// The line's tokens in order; `pattern` must be sticky and match at least one character.
export function lineTokens(scan: CodeScan, index: LineIndex, line: number, pattern: RegExp): Token[] {
  const tokens: Token[] = [];
  const end = lineEnd(index, line);
  let i = lineStart(index, line);
  while (i < end) {
    const kind = scan.kinds[i];
    if (kind === 'comment') break;
    if (kind === 'string') {
      let stop = i;
      while (stop < end && scan.kinds[stop] === 'string') stop++;
      tokens.push({ text: scan.text.slice(i, stop), start: i, end: stop, kind: 'string' });
      i = stop;
      continue;
    }
    if (/\s/.test(scan.text[i])) {
      i++;
      continue;
    }
    pattern.lastIndex = i;
    const match = pattern.exec(scan.text);
    const length = match && match.index === i && match[0].length > 0 ? match[0].length : 1;
    tokens.push({ text: scan.text.slice(i, i + length), start: i, end: i + length, kind: 'code' });
    i += length;
  }
  return tokens;
}

// The token that starts at `offset` (or holds it) and the one before it on the same line.
export function tokenAndPrevious(tokens: Token[], offset: number): { token: Token; previous: Token | null } | null {
  const at = tokens.findIndex((t) => t.start <= offset && offset < t.end);
  if (at < 0) return null;
  return { token: tokens[at], previous: at > 0 ? tokens[at - 1] : null };
}
