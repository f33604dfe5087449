// Reads a model's answer in the SEARCH/REPLACE format (aider's) into whole-file edits, checking
// every block against the workspace before anything is used. A bad answer is a reason, never a throw.
import type { FileEdit, WorkspaceReader } from '../../types.ts';
import { protectedReason } from '../../verify/protected-paths.ts';
import { splitLines } from './code-context.ts';

/** One SEARCH/REPLACE block as written, lines without their endings. */
export interface AnswerBlock {
  file: string;
  search: string[];
  replace: string[];
}

export type ParsedAnswer = { ok: true; edits: FileEdit[]; description: string | null; blocks: number } | { ok: false; reason: string };

const SEARCH = /^\s*<{5,9} ?SEARCH\s*$/;
const DIVIDER = /^\s*={5,9}\s*$/;
const REPLACE = /^\s*>{5,9} ?REPLACE\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;
const FIX = /^\s*\**FIX\**:\s*(.+)$/i;
const LINE_NUMBER = /^\s*\d+ \| ?/;

// The answer's blocks and FIX line, or why it is not in the format.
export function readBlocks(text: string): { ok: true; blocks: AnswerBlock[]; description: string | null } | { ok: false; reason: string } {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const blocks: AnswerBlock[] = [];
  let description: string | null = null;
  let candidatePath: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fix = FIX.exec(line);
    if (fix) {
      description ??= fix[1].trim();
      continue;
    }
    if (!SEARCH.test(line)) {
      if (line.trim() !== '' && !FENCE.test(line)) candidatePath = cleanPath(line);
      continue;
    }
    const file = candidatePath ?? blocks[blocks.length - 1]?.file;
    if (!file) return { ok: false, reason: `block ${blocks.length + 1} names no file before <<<<<<< SEARCH` };
    const divider = lines.findIndex((l, j) => j > i && DIVIDER.test(l));
    const end = lines.findIndex((l, j) => j > divider && REPLACE.test(l));
    if (divider < 0 || end < 0) return { ok: false, reason: `block ${blocks.length + 1} (${file}) is not closed by ======= and >>>>>>> REPLACE` };
    blocks.push({ file, search: lines.slice(i + 1, divider), replace: lines.slice(divider + 1, end) });
    i = end;
    candidatePath = null;
  }
  if (blocks.length === 0) return { ok: false, reason: 'the answer holds no SEARCH/REPLACE block' };
  return { ok: true, blocks, description };
}

// Parses the answer and applies its blocks to the files they name, in order; each SEARCH must
// stand exactly once in the file as the earlier blocks left it.
export async function parseAnswer(text: string, reader: WorkspaceReader, allowed: readonly string[]): Promise<ParsedAnswer> {
  const read = readBlocks(text);
  if (!read.ok) return read;
  const files = new Map<string, { before: string; after: string }>();
  for (const [index, block] of read.blocks.entries()) {
    const where = `block ${index + 1} (${block.file})`;
    if (isOutside(block.file)) return { ok: false, reason: `${where} names a path outside the repository` };
    if (!allowed.includes(block.file)) {
      const known = (await reader.readText(block.file)) !== null;
      const why = protectedReason(block.file) ?? (known ? `it is not one of the files quoted (${allowed.join(', ') || 'none'})` : 'no such file in the repository');
      return { ok: false, reason: `${where} edits a file it may not: ${why}` };
    }
    if (!files.has(block.file)) {
      const before = await reader.readText(block.file);
      if (before === null) return { ok: false, reason: `${where}: no such file in the repository` };
      files.set(block.file, { before, after: before });
    }
    const file = files.get(block.file)!;
    const applied = applyBlock(file.after, block);
    if (typeof applied !== 'string') return { ok: false, reason: `${where}: ${applied.reason}` };
    file.after = applied;
  }
  const edits = [...files].map(([file, { before, after }]) => ({ file, before, after }));
  return { ok: true, edits, description: read.description, blocks: read.blocks.length };
}

// The text with the block's SEARCH lines replaced, matched line by line (trailing spaces aside).
export function applyBlock(text: string, block: Pick<AnswerBlock, 'search' | 'replace'>): string | { reason: string } {
  let { search, replace } = block;
  if (search.every((l) => l.trim() === '')) return { reason: 'the SEARCH part is empty (RIFT does not create files)' };
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const lines = splitLines(text) ?? [];
  let at = findLines(lines, search);
  // A model that copied the quoted line numbers along with the code.
  if (at.length === 0 && search.every((l) => LINE_NUMBER.test(l) || l.trim() === '')) {
    search = search.map((l) => l.replace(LINE_NUMBER, ''));
    replace = replace.map((l) => l.replace(LINE_NUMBER, ''));
    at = findLines(lines, search);
  }
  if (at.length === 0) return { reason: 'the SEARCH lines are not in the file' };
  if (at.length > 1) return { reason: `the SEARCH lines stand ${at.length} times in the file (lines ${at.map((n) => n + 1).join(', ')}); it must be once` };
  const next = [...lines.slice(0, at[0]), ...replace, ...lines.slice(at[0] + search.length)];
  const ending = text.endsWith('\n') || text === '' ? eol : '';
  return next.length === 0 ? '' : next.join(eol) + ending;
}

/** Start indexes (0-based) where `search` matches consecutive lines, trailing whitespace ignored. */
function findLines(lines: readonly string[], search: readonly string[]): number[] {
  const found: number[] = [];
  for (let i = 0; i + search.length <= lines.length; i++) {
    if (search.every((s, j) => lines[i + j].trimEnd() === s.trimEnd())) found.push(i);
  }
  return found;
}

/**
 * Whitespace-insensitive text of a patch: candidates that differ only in spacing group together
 * (grouping goes by behaviour first, so spacing that matters, Python's indentation, still splits them).
 */
export function normalisePatch(edits: readonly FileEdit[]): string {
  return [...edits]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map((e) => `${e.file}\n${changedLines(e).map((l) => l.replace(/\s+/g, '')).filter((l) => l.length > 1).join('\n')}`)
    .join('\n');
}

/** How many lines a patch removes and adds (the smaller patch wins a tie). */
export function patchSize(edits: readonly FileEdit[]): number {
  return edits.reduce((sum, e) => sum + changedLines(e).length, 0);
}

/** 1-based line of the first change in an edit's new text. */
export function firstChangedLine(edit: FileEdit): number {
  const before = edit.before.split('\n');
  const after = edit.after.split('\n');
  let i = 0;
  while (i < before.length && i < after.length && before[i] === after[i]) i++;
  return Math.min(i, Math.max(after.length - 1, 0)) + 1;
}

// The removed lines (prefixed "-") and added ones ("+") between the common head and tail.
function changedLines(edit: FileEdit): string[] {
  const before = edit.before.split('\n');
  const after = edit.after.split('\n');
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return [...before.slice(head, before.length - tail).map((l) => `-${l}`), ...after.slice(head, after.length - tail).map((l) => `+${l}`)];
}

/** Absolute, drive-lettered, or climbing with `..`: never inside the repository. */
function isOutside(file: string): boolean {
  return file === '' || /^([\\/]|[A-Za-z]:)/.test(file) || file.split(/[\\/]/).includes('..') || file.includes('\0');
}

// "`src/x.py`", "**src/x.py**:", "# src/x.py", "./src/x.py" -> "src/x.py".
function cleanPath(line: string): string {
  return line.trim().replace(/^#+\s*/, '').replace(/^[`*'"]+|[`*'":]+$/g, '').replace(/^\.\//, '').trim();
}
