// `/rift heal [--team NAME] [--leader NAME] [--max-iterations N]` from a pull request comment. Pure: the
// handler decides what to do with a command, a malformed one, or a comment that is no command at all.

export const HEAL_COMMAND_USAGE = '/rift heal [--team NAME] [--leader NAME] [--max-iterations N]';

/** Longest team or leader name: the runs table holds VARCHAR(120). */
export const MAX_NAME_LENGTH = 120;

export interface HealCommand {
  team?: string;
  leader?: string;
  /** Whole number as written; its range is a guard's business (guards/iterations.ts). */
  maxIterations?: number;
}

export type ParsedHealCommand =
  | { kind: 'none' }
  | { kind: 'ok'; command: HealCommand }
  | { kind: 'invalid'; error: string };

type Flag = 'team' | 'leader' | 'max-iterations';
const FLAGS: readonly Flag[] = ['team', 'leader', 'max-iterations'];

// The command opens the comment's first line; "/rift healer" or "/rift heal-me" are not it.
const COMMAND = /^\/rift\s+heal(?=\s|$)/i;

// Straight and typographic quotes (phones and some editors turn " into “ ”).
const QUOTE_PAIRS: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };

/** The command of a comment body, `none` when the body does not start with `/rift heal`. */
export function parseHealCommand(body: string): ParsedHealCommand {
  const firstLine = body.trimStart().split(/\r?\n/, 1)[0] ?? '';
  const match = COMMAND.exec(firstLine);
  if (!match) return { kind: 'none' };
  const tokens = tokenize(firstLine.slice(match[0].length));
  if (typeof tokens === 'string') return { kind: 'invalid', error: tokens };
  return readFlags(tokens);
}

// Splits on whitespace; quotes opening a value group words ("Code Warriors", --team="Code Warriors") and
// are removed; a quote inside a word is kept (O'Brien). A string is an error.
function tokenize(text: string): string[] | string {
  const tokens: string[] = [];
  let current: string | null = null;
  let closing: string | null = null;
  for (const char of text) {
    if (closing !== null) {
      if (char === closing) closing = null;
      else current += char;
    } else if (char in QUOTE_PAIRS && (current === null || current.endsWith('='))) {
      closing = QUOTE_PAIRS[char];
      current ??= '';
    } else if (/\s/.test(char)) {
      if (current !== null) tokens.push(current);
      current = null;
    } else {
      current = (current ?? '') + char;
    }
  }
  if (closing !== null) return `a quote is not closed: add the closing ${closing}`;
  if (current !== null) tokens.push(current);
  return tokens;
}

// Walks `--flag value` and `--flag=value` pairs; anything else is an error naming the culprit.
function readFlags(tokens: string[]): ParsedHealCommand {
  const values = new Map<Flag, string>();
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i];
    if (!token.startsWith('--')) return { kind: 'invalid', error: `unexpected "${token}": options start with --` };
    const [rawName, inline] = splitOnce(token.slice(2), '=');
    const flag = FLAGS.find((name) => name === rawName.toLowerCase());
    if (!flag) return { kind: 'invalid', error: `unknown option --${rawName}` };
    if (values.has(flag)) return { kind: 'invalid', error: `--${flag} is given twice` };
    const value = inline ?? tokens[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      return { kind: 'invalid', error: `--${flag} needs a value` };
    }
    values.set(flag, value.trim());
  }
  return toCommand(values);
}

// Checks each value's form: names non-empty and short enough, iterations a whole number.
function toCommand(values: Map<Flag, string>): ParsedHealCommand {
  const command: HealCommand = {};
  for (const flag of ['team', 'leader'] as const) {
    const value = values.get(flag);
    if (value === undefined) continue;
    if (value === '') return { kind: 'invalid', error: `--${flag} must not be empty` };
    if (value.length > MAX_NAME_LENGTH) return { kind: 'invalid', error: `--${flag} must be at most ${MAX_NAME_LENGTH} characters` };
    command[flag] = value;
  }
  const iterations = values.get('max-iterations');
  if (iterations !== undefined) {
    if (!/^\d+$/.test(iterations)) return { kind: 'invalid', error: `--max-iterations must be a whole number, not "${iterations}"` };
    command.maxIterations = Number(iterations);
  }
  return { kind: 'ok', command };
}

// `--team=Owls` carries its value after the first `=`; later ones belong to the value.
function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
