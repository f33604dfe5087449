// The indentation structure of a Python file, read the way the tokenizer reads it: which physical
// lines start a logical line (and so take part in INDENT/DEDENT), which are comments, blanks,
// bracket or backslash continuations, or the inside of a multi-line string. Works on files that do
// not compile, which is why it rests on the light lexer rather than on Python's tokenize.
import { lastCodeEnd, scanCode, CLOSER_OF } from './code-scan.ts';
import { indexLines, indentOf, lineCount, lineEnd, lineStart, lineText } from './text-lines.ts';

/** What a physical line is to the tokenizer's indentation tracking. */
export type PyLineKind = 'logical' | 'continuation' | 'comment' | 'blank' | 'string';

export interface PyIndentLine {
  /** 1-based. */
  line: number;
  indent: string;
  kind: PyLineKind;
  /** For a logical line, its last physical line; otherwise the line itself. */
  end: number;
  /** A logical line whose code ends with ':' opens a block (def, if, class...). */
  header: boolean;
}

export interface IndentStyle {
  /** What the file indents with, judged from its logical lines. */
  char: ' ' | '\t';
  /** One level of indentation in that style ('    ', '  ', '\t'). */
  unit: string;
}

// Every physical line of the text with its role in the block structure.
export function pythonIndentLines(text: string): PyIndentLine[] {
  const scan = scanCode(text, 'python');
  const index = indexLines(text);
  const lines: PyIndentLine[] = [];
  const open: string[] = [];
  let next = 0;
  let continued = false;
  let logical: PyIndentLine | null = null;
  const lastChars: string[] = [];
  for (let line = 1; line <= lineCount(index); line++) {
    const start = lineStart(index, line);
    // Openers left unclosed before this line make it a continuation of the statement above.
    while (next < scan.brackets.length && scan.brackets[next].offset < start) {
      const { char } = scan.brackets[next++];
      if (char in CLOSER_OF) open.push(char);
      else open.pop();
    }
    const content = lineText(index, line);
    const indent = indentOf(content);
    const inString = start > 0 && scan.kinds[start - 1] === 'string';
    let kind: PyLineKind;
    if (inString) kind = 'string';
    else if (open.length > 0 || continued) kind = 'continuation';
    else if (content.trim() === '') kind = 'blank';
    else if (content.trimStart().startsWith('#')) kind = 'comment';
    else kind = 'logical';
    const entry: PyIndentLine = { line, indent, kind, end: line, header: false };
    lines.push(entry);
    if (kind === 'logical') logical = entry;
    if (logical && (kind === 'logical' || kind === 'continuation' || kind === 'string')) logical.end = line;
    const codeEnd = lastCodeEnd(scan, start, lineEnd(index, line));
    const last = codeEnd === null || scan.kinds[codeEnd - 1] !== 'code' ? '' : text[codeEnd - 1];
    continued = last === '\\';
    lastChars.push(last);
  }
  // A logical line is over where the next line no longer continues it: a ':' there opens a block.
  for (const entry of lines) if (entry.kind === 'logical') entry.header = lastChars[entry.end - 1] === ':';
  return lines;
}

// Width of an indentation with tabs advancing to the next multiple of `tabSize`, as Python counts.
export function indentWidth(indent: string, tabSize = 8): number {
  let width = 0;
  for (const ch of indent) width = ch === '\t' ? Math.floor(width / tabSize) * tabSize + tabSize : width + 1;
  return width;
}

// The file's own indentation: tabs or spaces by majority of its logical lines, and the step most
// bodies are indented by (4 when the file does not say).
export function indentStyle(lines: readonly PyIndentLine[]): IndentStyle {
  const logical = lines.filter((l) => l.kind === 'logical');
  const tabs = logical.filter((l) => /^\t+$/.test(l.indent)).length;
  const spaces = logical.filter((l) => /^ +$/.test(l.indent)).length;
  if (tabs > spaces) return { char: '\t', unit: '\t' };
  return { char: ' ', unit: ' '.repeat(spaceStep(lines) ?? 4) };
}

// The step most space-indented bodies go in by from their header; null when no block says.
export function spaceStep(lines: readonly PyIndentLine[]): number | null {
  const steps = new Map<number, number>();
  for (const line of lines) {
    const body = line.kind === 'logical' && line.header ? nextLogical(lines, line.line) : null;
    if (!body || !/^ *$/.test(line.indent) || !/^ +$/.test(body.indent)) continue;
    const step = body.indent.length - line.indent.length;
    if (step > 0 && step <= 8) steps.set(step, (steps.get(step) ?? 0) + 1);
  }
  const best = [...steps.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  return best ? best[0] : null;
}

// The first logical line after `line`, or null.
export function nextLogical(lines: readonly PyIndentLine[], line: number): PyIndentLine | null {
  for (let i = line; i < lines.length; i++) if (lines[i].kind === 'logical') return lines[i];
  return null;
}

// The last logical line that starts before `line`, or null.
export function previousLogical(lines: readonly PyIndentLine[], line: number): PyIndentLine | null {
  for (let i = Math.min(line, lines.length + 1) - 2; i >= 0; i--) if (lines[i].kind === 'logical') return lines[i];
  return null;
}

/** One open block level while reading the file: its width and the line that set it. */
export interface BlockLevel {
  width: number;
  indent: string;
}

// The block levels open just before `line`, outermost (the module, width 0) first, as Python's
// tokenizer keeps them; lines that would not tokenize are taken as they come.
export function levelsBefore(lines: readonly PyIndentLine[], line: number, tabSize = 8): BlockLevel[] {
  const stack: BlockLevel[] = [{ width: 0, indent: '' }];
  for (const entry of lines) {
    if (entry.line >= line) break;
    if (entry.kind !== 'logical') continue;
    const width = indentWidth(entry.indent, tabSize);
    while (stack.length > 1 && stack[stack.length - 1].width > width) stack.pop();
    if (stack[stack.length - 1].width < width) stack.push({ width, indent: entry.indent });
  }
  return stack;
}
