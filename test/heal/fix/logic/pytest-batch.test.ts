import { describe, expect, it } from 'vitest';
import { codePoints, pytestPlan } from '../../../../src/heal/fix/logic/pytest-batch.ts';
import type { Check } from '../../../../src/heal/types.ts';

const check = (command: string, tool: Check['tool'] = 'pytest'): Check => ({ id: 'ci', command, cwd: '.', kind: 'test', tool, language: 'python', source: 'workflow' });

describe('pytestPlan', () => {
  it('runs the failing tests with the options that decide collection, and the whole run as the check has it', () => {
    const plan = pytestPlan(check('python3 -m pytest -q -x --import-mode=importlib tests'), ['tests/test_a.py::test_b']);

    expect(plan).toEqual({ python: 'python3', focus: ['--import-mode=importlib', 'tests/test_a.py::test_b'], full: ['-q', '-x', '--import-mode=importlib', 'tests'] });
  });

  it('finds the interpreter next to a pytest script', () => {
    expect(pytestPlan(check('.venv/bin/pytest'), [])).toEqual({ python: '.venv/bin/python', focus: [], full: [] });
    expect(pytestPlan(check('pytest -q'), ['t::x'])?.python).toBe('python3');
  });

  it('refuses chains, other tools and environment assignments', () => {
    expect(pytestPlan(check('cd pkg && pytest'), [])).toBeNull();
    expect(pytestPlan(check('PYTHONPATH=src pytest'), [])).toBeNull();
    expect(pytestPlan(check('python -m unittest', 'unittest'), [])).toBeNull();
  });
});

describe('codePoints', () => {
  it('turns string offsets into Python offsets past an emoji, and leaves plain text alone', () => {
    const text = 'x = "🙂"\ny = a < b\n';

    const at = codePoints(text, text.indexOf('<'));

    expect(at).toBe(text.indexOf('<') - 1);
    expect(codePoints('a < b', 2)).toBe(2);
  });
});
