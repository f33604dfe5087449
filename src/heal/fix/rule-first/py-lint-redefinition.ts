// pyflakes F811 ("redefinition of unused 'x' from line n"): the earlier binding was never used
// before the new one replaced it. Only an earlier IMPORT is removed (a duplicate or shadowed
// import); an earlier function or class is code someone wrote, and is left to a person.
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { listItemRange, statementRange } from './import-removal.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, PY_LINT_RULES } from './lint-rules.ts';
import { pythonImportsAtLine } from './py-import-bindings.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const REDEFINITION = /^redefinition of unused '([^']+)' from line (\d+)/;

// A fixer for names redefined while an earlier import of them was unused.
export function pyRedefinitionFixer(options: PythonFixerOptions = {}): Fixer {
  return lintFixer({ name: 'py-lint-redefinition', languages: ['python'], codes: codesOf(PY_LINT_RULES, 'py-lint-redefinition'), edit: removeEarlierImport, python: options.python });
}

async function removeEarlierImport({ failure, text }: LintInput): Promise<Candidate[] | string> {
  const match = REDEFINITION.exec(failure.message);
  if (!match) return `not a redefinition message: ${failure.message}`;
  const [, name, lineText] = match;
  const earlier = Number(lineText);
  const bindings = await pythonImportsAtLine(text, earlier);
  const binding = bindings.find((b) => b.local === name);
  if (!binding) return `'${name}' at line ${earlier} is not an import: only an unused import is removed`;
  const description = `remove the earlier unused import of '${name}' (line ${earlier})`;
  const reason = `'${name}' is imported at line ${earlier} and bound again at line ${failure.line} before any use`;
  if (binding.items.length > 1) return [spliceCandidate(text, listItemRange(text, binding.items, binding.index, 'python'), '', description, reason)];
  return [
    spliceCandidate(text, statementRange(text, binding.statement, 'python'), '', description, reason),
    spliceCandidate(text, binding.statement, 'pass', `replace the earlier unused import of '${name}' with pass`, reason),
  ];
}

