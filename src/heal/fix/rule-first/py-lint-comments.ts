// pycodestyle comment findings: two spaces before an inline comment (E261), and `# ` to start one
// (E262 inline, E265 block, E266 a block comment opened by several '#'). The comment's text
// itself is kept.
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { scanCode } from '../code-scan.ts';
import { indexLines, lineEnd, lineStart } from '../text-lines.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

// A fixer for comment spacing findings of pycodestyle.
export function pyCommentsFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-comments', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-comments'), edit: fixComment, python: options.python });
}

function fixComment({ failure, text }: LintInput): Candidate[] | string {
  const index = indexLines(text);
  const kinds = scanCode(text, 'python').kinds;
  const from = lineStart(index, failure.line);
  const end = lineEnd(index, failure.line);
  let hash = from;
  while (hash < end && kinds[hash] !== 'comment') hash++;
  if (hash === end) return `line ${failure.line} has no comment`;
  if (failure.code === 'E261') {
    let gap = hash;
    while (gap > from && /[ \t]/.test(text[gap - 1])) gap--;
    if (gap === from) return `the comment of line ${failure.line} is not inline`;
    return [spliceCandidate(text, { start: gap, end: hash }, '  ', 'put two spaces before the inline comment', 'pycodestyle separates an inline comment from the code by two spaces')];
  }
  const comment = text.slice(hash, end);
  const body = comment.replace(/^#+[ \t]*/, '');
  const fixed = body === '' ? '#' : `# ${body}`;
  if (fixed === comment) return `the comment of line ${failure.line} already starts with '# '`;
  return [spliceCandidate(text, { start: hash, end }, fixed, "start the comment with '# '", "pycodestyle starts a comment with one '#' and one space")];
}
