// A tool's message with what differs between two occurrences of one bug taken out: the program's
// names, numbers, strings and paths. "'os' imported but unused" and "'re' imported but unused"
// become the same text; the names are kept aside, in order, to pair the two programs' names.
import { redactSecrets } from '../../record/redact.ts';
import { lexLine, type Token } from './tokens.ts';

export interface AbstractMessage {
  /** The message with <name>, <num>, <str> and <path> in place of the specifics. */
  text: string;
  /** The names taken out, in order of appearance. */
  names: string[];
}

const NAME = /^[\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*$/u;
const PIECES =
  /(['"`])((?:(?!\1)[^\n])*)\1|((?:[A-Za-z]:)?[\w.-]*\/[\w./-]+)|(-?\b\d+(?:\.\d+)?(?:e[+-]?\d+)?\b)|([\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*)(\((?!s\)))?/gu;

/** The message with secrets taken out, then names, numbers, strings and paths abstracted. */
export function abstractMessage(message: string): AbstractMessage {
  const trimmed = redactSecrets(message).trim();
  // pytest rewrites a failed assert as the assert itself: all of it is code.
  if (/^assert\s/.test(trimmed)) return abstractCode(trimmed);
  const names: string[] = [];
  const text = trimmed.replace(PIECES, (match, quote?: string, quoted?: string, path?: string, num?: string, word?: string, call?: string) => {
    if (quote !== undefined) {
      if (NAME.test(quoted!)) {
        names.push(quoted!);
        return `${quote}<name>${quote}`;
      }
      return `${quote}${/^-?\d+(\.\d+)?$/.test(quoted!) ? '<num>' : '<str>'}${quote}`;
    }
    if (path !== undefined) return '<path>';
    if (num !== undefined) return '<num>';
    if (word !== undefined && (call !== undefined || looksLikeCode(word))) {
      names.push(word);
      return `<name>${call ?? ''}`;
    }
    return match;
  });
  return { text, names };
}

// Plain words stay (they are the tool's own wording), and so do the tool's codes (F401, TS2304);
// words only a program would use are names.
function looksLikeCode(word: string): boolean {
  if (/^[A-Z]+\d+$/.test(word)) return false;
  return /[_.\d$]/.test(word) || /[a-z][A-Z]/.test(word);
}

// An assertion message read as the code it is: every name is the program's own.
function abstractCode(code: string): AbstractMessage {
  const names: string[] = [];
  const tokens = lexLine(code, 'python');
  // A minus sign in front of a number is part of the value: -1 and 5 are both <num>.
  const kept = tokens.filter((token, i) => !(token.text === '-' && tokens[i + 1]?.kind === 'num' && isOperandStart(tokens[i - 1])));
  const parts = kept.map((token) => {
    if (token.kind === 'id') {
      names.push(token.text);
      return '<name>';
    }
    if (token.kind === 'num') return '<num>';
    if (token.kind === 'str') return '<str>';
    return token.text;
  });
  return { text: parts.join(' '), names };
}

// Whether a value may start after this token (so a following '-' is a sign, not a subtraction).
function isOperandStart(previous: Token | undefined): boolean {
  if (!previous) return true;
  if (previous.kind === 'kw') return true;
  return previous.kind === 'op' && !/^[)\]}]$/.test(previous.text);
}
