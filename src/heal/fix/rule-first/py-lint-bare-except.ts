// pycodestyle E722: a bare `except:` catches SystemExit and KeyboardInterrupt too; catching
// Exception keeps the handler for every ordinary error and lets those two through.
import type { Fixer } from '../../types.ts';
import { scanCode } from '../code-scan.ts';
import { indexLines, lineStart, lineText } from '../text-lines.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const BARE = /\bexcept(\s*):/g;

// A fixer for bare except clauses.
export function pyBareExceptFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-bare-except', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-bare-except'), edit: catchException, python: options.python });
}

function catchException({ failure, text }: LintInput) {
  const index = indexLines(text);
  const kinds = scanCode(text, 'python').kinds;
  const start = lineStart(index, failure.line);
  const bare = [...lineText(index, failure.line).matchAll(BARE)].filter((m) => kinds[start + m.index!] === 'code');
  if (bare.length !== 1) return `no single bare except clause at line ${failure.line}`;
  const at = start + bare[0].index!;
  return [
    spliceCandidate(text, { start: at, end: at + bare[0][0].length }, 'except Exception:', 'catch Exception instead of a bare except', 'a bare except also catches SystemExit and KeyboardInterrupt'),
  ];
}
