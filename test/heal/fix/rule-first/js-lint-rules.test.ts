import { describe, expect, it } from 'vitest';
import { JS_LINT_RULES, PY_LINT_RULES } from '../../../../src/heal/fix/rule-first/lint-rules.ts';
import { jsLintFixers } from '../../../../src/heal/fix/rule-first/js-lint-fixers.ts';
import { pyLintFixers } from '../../../../src/heal/fix/rule-first/py-lint-fixers.ts';
import { classifyEslint } from '../../../../src/heal/parse/classify/eslint.ts';
import { classifyFlake8 } from '../../../../src/heal/parse/classify/flake8.ts';
import { classifyTsc } from '../../../../src/heal/parse/classify/tsc.ts';

describe('lint rule tables', () => {
  // ESLint rules the classification table does not know yet (null) are never offered to a fixer;
  // a code of another bug type would be offered to the wrong ones.
  it('name no code that the classification tables give another bug type', () => {
    const py = Object.keys(PY_LINT_RULES).map((code) => classifyFlake8(code, ''));
    const js = Object.keys(JS_LINT_RULES).map((code) => (code.startsWith('TS') ? classifyTsc(code, '') : classifyEslint(code, 'x')));

    expect(new Set(py)).toEqual(new Set(['LINTING']));
    expect(js.filter((bugType) => bugType !== 'LINTING' && bugType !== null)).toEqual([]);
  });

  it('give every code a fixer and every fixer a code', () => {
    const fixers = [...pyLintFixers(), ...jsLintFixers()].map((f) => f.name);

    expect(new Set(fixers)).toEqual(new Set([...Object.values(PY_LINT_RULES), ...Object.values(JS_LINT_RULES)]));
  });

  it('have each fixer decline a code that is not its own', async () => {
    const [unusedVariable] = pyLintFixers();
    const failure = { file: 'a.py', line: 1, code: 'E711', message: '', tool: 'flake8' as const, bugType: 'LINTING' as const, check: 'c' };

    const result = await unusedVariable.fix(failure, { root: '/nowhere', readText: async () => 'x = 1\n', listFiles: async () => [] });

    expect(result).toEqual({ kind: 'decline', reason: 'py-lint-unused-variable does not handle E711' });
  });
});
