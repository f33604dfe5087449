// Small text helpers shared by the parsers.
import { stripVTControlCharacters } from 'node:util';

/** Removes terminal colour codes and hyperlinks (Node's own stripper) so that every parser matches plain text. */
export function stripAnsi(text: string): string {
  return stripVTControlCharacters(text);
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
