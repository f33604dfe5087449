// A light lexer that tells code from strings and comments, so bracket matching and "end of the
// code on this line" never look inside a string or a comment. It must work on broken files,
// which is why it is not a real parser.

export type ScanDialect = 'python' | 'js';

/** What each character of the text is. */
export type CharKind = 'code' | 'string' | 'comment';

export interface Bracket {
  char: string;
  offset: number;
}

export interface CodeScan {
  text: string;
  kinds: CharKind[];
  /** Bracket characters that are code, in text order. */
  brackets: Bracket[];
}

export const CLOSER_OF: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
export const OPENER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const JS_REGEX_AFTER = new Set(['', '(', ',', '=', ':', '[', '!', '&', '|', '?', '{', '}', ';', '+', '-', '*', '%', '<', '>', '~', '^']);

// Classifies every character of the text as code, string or comment.
export function scanCode(text: string, dialect: ScanDialect): CodeScan {
  const kinds: CharKind[] = new Array(text.length).fill('code');
  const brackets: Bracket[] = [];
  // JS template literals nest: each entry is the brace depth at which a `${` was opened.
  const templateDepths: number[] = [];
  let braceDepth = 0;
  let lastCode = '';
  let i = 0;
  const mark = (from: number, to: number, kind: CharKind): void => {
    for (let k = from; k < to && k < text.length; k++) kinds[k] = kind;
  };
  while (i < text.length) {
    const ch = text[i];
    if (dialect === 'python' && ch === '#') {
      const end = endOfLine(text, i);
      mark(i, end, 'comment');
      i = end;
      continue;
    }
    if (dialect === 'js' && ch === '/' && text[i + 1] === '/') {
      const end = endOfLine(text, i);
      mark(i, end, 'comment');
      i = end;
      continue;
    }
    if (dialect === 'js' && ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      const end = close < 0 ? text.length : close + 2;
      mark(i, end, 'comment');
      i = end;
      continue;
    }
    if (dialect === 'js' && ch === '/' && JS_REGEX_AFTER.has(lastCode)) {
      const end = endOfRegex(text, i);
      mark(i, end, 'string');
      i = end;
      lastCode = 'a';
      continue;
    }
    if (ch === '"' || ch === "'" || (dialect === 'js' && ch === '`')) {
      const end = ch === '`' ? endOfTemplatePart(text, i + 1) : endOfString(text, i, dialect);
      mark(i, end, 'string');
      if (ch === '`' && text.startsWith('${', end - 2)) templateDepths.push(braceDepth);
      i = end;
      lastCode = 'a';
      continue;
    }
    if (dialect === 'js' && ch === '}' && templateDepths.length > 0 && templateDepths[templateDepths.length - 1] === braceDepth) {
      // The end of a `${...}` substitution: the template string goes on.
      templateDepths.pop();
      const end = endOfTemplatePart(text, i + 1);
      mark(i, end, 'string');
      if (text.startsWith('${', end - 2)) templateDepths.push(braceDepth);
      i = end;
      lastCode = 'a';
      continue;
    }
    if (ch in CLOSER_OF || ch in OPENER_OF) {
      brackets.push({ char: ch, offset: i });
      if (ch === '{') braceDepth++;
      if (ch === '}') braceDepth--;
    }
    if (!/\s/.test(ch)) lastCode = /[\w$]/.test(ch) ? 'a' : ch;
    if (dialect === 'js' && /[\w$]/.test(ch)) {
      const word = /^[\w$]+/.exec(text.slice(i, i + 12))?.[0] ?? ch;
      // After these keywords a slash starts a regular expression, not a division.
      if (['return', 'typeof', 'case', 'in', 'of', 'void', 'yield', 'await'].includes(word)) lastCode = '(';
      i += word.length;
      continue;
    }
    i++;
  }
  return { text, kinds, brackets };
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  const end = nl < 0 ? text.length : nl;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}

// End (exclusive) of a quoted string starting at `start`; an unterminated one ends at the line's end.
function endOfString(text: string, start: number, dialect: ScanDialect): number {
  const quote = text[start];
  if (dialect === 'python' && text.startsWith(quote.repeat(3), start)) {
    const close = findUnescaped(text, quote.repeat(3), start + 3);
    return close < 0 ? text.length : close + 3;
  }
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === quote) return i + 1;
    else if (text[i] === '\n') return text[i - 1] === '\r' ? i - 1 : i;
  }
  return text.length;
}

function findUnescaped(text: string, needle: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text.startsWith(needle, i)) return i;
  }
  return -1;
}

// From just inside a template literal to just past its closing backtick or its next `${`.
function endOfTemplatePart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '`') return i + 1;
    else if (text[i] === '$' && text[i + 1] === '{') return i + 2;
  }
  return text.length;
}

function endOfRegex(text: string, start: number): number {
  let inClass = false;
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') i++;
    else if (ch === '\n') return i;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) {
      let end = i + 1;
      while (end < text.length && /[a-z]/i.test(text[end])) end++;
      return end;
    }
  }
  return text.length;
}

// Openers still open just before `offset`, outermost first (a mismatched closer pops anyway).
export function unclosedBefore(scan: CodeScan, offset: number): Bracket[] {
  const stack: Bracket[] = [];
  for (const bracket of scan.brackets) {
    if (bracket.offset >= offset) break;
    if (bracket.char in CLOSER_OF) stack.push(bracket);
    else if (stack.length > 0) stack.pop();
  }
  return stack;
}

// Offset just past the last code character in [from, to), or null when there is none.
export function lastCodeEnd(scan: CodeScan, from: number, to: number): number | null {
  for (let i = to - 1; i >= from; i--) {
    if (scan.kinds[i] !== 'comment' && !/\s/.test(scan.text[i])) return i + 1;
  }
  return null;
}
