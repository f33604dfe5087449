// Small text helpers shared by the parsers.

// Covers CSI sequences (colours, cursor moves) and OSC hyperlinks that tools print when forced to colour.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** Removes terminal colour codes so that every parser matches plain text. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** Splits output into lines whatever the line endings. */
export function toLines(text: string): string[] {
  return text.split(/\r?\n|\r/);
}

const MAX_MESSAGE = 300;

/** Collapses a multi-line tool message into the one line a Failure carries. */
export function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat;
}

/** Number of leading spaces, for indentation-structured output (TAP, spec, stylish). */
export function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}
