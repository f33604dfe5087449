// pycodestyle's one statement a line: E701 (a compound statement's body after its colon), E702
// (statements joined by `;`), E703 (a statement ending with `;`) and E401 (several modules in one
// import). Each becomes lines of its own, indented as Python reads them, so the program is the same.
import type { Node } from 'web-tree-sitter';
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { scanCode } from '../code-scan.ts';
import { parseTree } from '../syntax-tree.ts';
import { indexLines, offsetAt } from '../text-lines.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

/** pycodestyle's indent size, for a body moved under its header when the file shows no other. */
const INDENT = '    ';

// A fixer for several statements on one line.
export function pyOneStatementFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-one-statement', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-one-statement'), edit: splitLine, python: options.python });
}

async function splitLine({ failure, text }: LintInput): Promise<Candidate[] | string> {
  const index = indexLines(text);
  const at = failure.column === undefined ? null : offsetAt(index, failure.line, failure.column);
  if (failure.code === 'E703' || failure.code === 'E702') return semicolon(text, at, failure.code, failure.line);
  const tree = await parseTree(text, 'python');
  try {
    const row = failure.line - 1;
    if (failure.code === 'E401') return splitImport(text, tree.rootNode.descendantsOfType('import_statement').find((n) => n?.startPosition.row === row) ?? null);
    if (failure.code === 'E701') return bodyOnItsLine(text, tree.rootNode, row);
    return `no split for ${failure.code}`;
  } finally {
    tree.delete();
  }
}

// E703 drops the `;` (and the spaces before it); E702 puts what follows on a line of its own, at the same indent.
function semicolon(text: string, at: number | null, code: string, line: number): Candidate[] | string {
  if (at === null) return 'the finding has no column';
  const kinds = scanCode(text, 'python').kinds;
  const semi = [at, at - 1, at + 1].find((i) => text[i] === ';' && kinds[i] === 'code');
  if (semi === undefined) return `no ';' at line ${line}`;
  let start = semi;
  while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
  let end = semi + 1;
  while (end < text.length && /[ \t]/.test(text[end])) end++;
  if (code === 'E703') {
    if (!/^(#|\r?\n|$)/.test(text.slice(end))) return `the ';' at line ${line} is followed by another statement`;
    return [spliceCandidate(text, { start, end: semi + 1 }, '', "remove the ';' ending the statement", 'a statement ends at the end of its line; the semicolon adds nothing')];
  }
  const lineStart = text.lastIndexOf('\n', semi) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
  if (/^(#|\r?\n|$)/.test(text.slice(end))) return `nothing follows the ';' at line ${line}`;
  if (/:[ \t]*[^\s#]/.test(text.slice(lineStart + indent.length, start).replace(/(["']).*?\1/g, '')) && /^[ \t]*(if|elif|else|for|while|with|try|except|finally|def|class)\b/.test(text.slice(lineStart))) {
    return `line ${line} is a compound statement's header with its body: the body's statements go together`;
  }
  return [spliceCandidate(text, { start, end }, `\n${indent}`, 'put the statement after the semicolon on a line of its own', 'one statement a line; the next one keeps the same indent')];
}

// `import os, sys` -> one import a line, at the same indent.
function splitImport(text: string, statement: Node | null): Candidate[] | string {
  if (!statement) return 'no import statement on the line';
  const names = statement.namedChildren.filter((c): c is Node => c !== null && (c.type === 'dotted_name' || c.type === 'aliased_import'));
  if (names.length < 2) return 'the import names one module';
  const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const indent = text.slice(lineStart, statement.startIndex);
  if (!/^[ \t]*$/.test(indent)) return 'the import shares its line with other code';
  const lines = names.map((n, i) => `${i === 0 ? '' : indent}import ${n.text}`).join('\n');
  return [spliceCandidate(text, { start: statement.startIndex, end: statement.endIndex }, lines, 'import each module on a line of its own', 'one import a line')];
}

// `if x: return y` -> the body under its header, one indent deeper.
function bodyOnItsLine(text: string, root: Node, row: number): Candidate[] | string {
  const blocks = root.descendantsOfType('block').filter((b): b is Node => b !== null && b.startPosition.row === row && b.namedChildCount > 0);
  for (const block of blocks) {
    const colon = text.lastIndexOf(':', block.startIndex - 1);
    const header = block.parent;
    // The body must follow its own header's colon on the same line (a def's body block starts
    // on the line below, at its first statement, which may be such a header itself).
    const between = text.slice(colon + 1, block.startIndex);
    if (!header || colon < header.startIndex || between.trim() !== '' || between.includes('\n')) continue;
    const headerLineStart = text.lastIndexOf('\n', header.startIndex - 1) + 1;
    const headerIndent = /^[ \t]*/.exec(text.slice(headerLineStart))![0];
    // Statements of the body joined by `;` move with it, each on its own line.
    const statements = block.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
    // (A block's node may reach into the next line: its last statement says where the body ends.)
    if (statements[statements.length - 1].endPosition.row !== row) return `the body after the colon at line ${row + 1} goes on over more lines`;
    const unit = headerIndent.includes('\t') ? '\t' : INDENT;
    const indent = headerIndent + unit;
    const body = statements.map((s) => s.text).join(`\n${indent}`);
    return [spliceCandidate(text, { start: colon + 1, end: statements[statements.length - 1].endIndex }, `\n${indent}${body}`, 'put the body on its own line under its header', 'one statement a line: a block starts on the line after its colon')];
  }
  return `no compound statement with its body after the colon at line ${row + 1}`;
}
