// Shared test helpers: fixtures of real tool output, captured under a placeholder root /repo.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Failure } from '../../../src/heal/types.ts';
import type { ParseContext } from '../../../src/heal/parse/parser.ts';
import { stripAnsi } from '../../../src/heal/parse/text.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/parse');

/** The context the fixtures were captured in: repository at /repo, check run at its root. */
export const CTX: ParseContext = { repoRoot: '/repo', cwd: '.', check: 'ci:check' };

/** A fixture's text with colours removed, as parseCheckOutput hands it to the parsers. */
export function fixture(tool: string, name: string): string {
  return stripAnsi(readFileSync(path.join(FIXTURES, tool, `${name}.txt`), 'utf8'));
}

/** The raw fixture text, colours included. */
export function rawFixture(tool: string, name: string): string {
  return readFileSync(path.join(FIXTURES, tool, `${name}.txt`), 'utf8');
}

/** `file:line bugType code`: the fields every parser test pins down. */
export function where(f: Failure): string {
  return `${f.file}:${f.line} ${f.bugType} ${f.code}`;
}
