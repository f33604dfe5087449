import { describe, expect, it } from 'vitest';
import { parseCheckOutput } from '../../../src/heal/parse/index.ts';
import { CTX, fixture, rawFixture, where } from './fixture.ts';

describe('parseCheckOutput', () => {
  it('strips colours before parsing', () => {
    const output = rawFixture('tsc', 'types-pretty');

    const failures = parseCheckOutput(output, CTX);

    expect(output).toContain('\u001b[');
    expect(failures).toHaveLength(9);
    expect(failures[0]).toMatchObject({ file: 'src/types.ts', line: 1, code: 'TS2307', tool: 'tsc', check: 'ci:check' });
  });

  it('merges the output of several tools, ordered by file then line, ties in parser order', () => {
    const output = `${fixture('mypy', 'syntax-error')}\n${fixture('flake8', 'unused-import')}\n${fixture('flake8', 'syntax-error')}`;

    const failures = parseCheckOutput(output, CTX);

    expect(failures.map(where)).toEqual([
      'pkg/bad.py:1 SYNTAX E999',
      'pkg/bad.py:1 SYNTAX syntax',
      'pkg/util.py:1 LINTING F401',
      'pkg/util.py:2 LINTING F401',
    ]);
  });

  it('de-duplicates the same failure printed twice, keeping the test name either copy knows', () => {
    const output = fixture('node-test', 'spec');

    const failures = parseCheckOutput(output, CTX);

    expect(failures.map((f) => `${where(f)} ${f.test}`)).toEqual([
      'src/math.js:6 TYPE_ERROR TypeError parses text',
      'src/math.js:10 LOGIC RangeError positive',
      'test/math.test.js:6 LOGIC assertion adds numbers',
    ]);
  });

  it('keeps apart two findings of one tool on one line (each unused name of one import)', () => {
    const output = fixture('flake8', 'unused-names-one-line');

    const failures = parseCheckOutput(output, CTX);

    expect(failures.map((f) => f.message)).toEqual(["'os.path.dirname' imported but unused", "'os.path.join' imported but unused"]);
  });

  it('keeps two tests failing at the same place apart', () => {
    const output = fixture('pytest', 'summary-only');

    const failures = parseCheckOutput(output, CTX);

    expect(failures.filter((f) => f.file === 'tests/test_ops.py').map((f) => f.test)).toEqual([
      'tests/test_ops.py::test_add',
      'tests/test_ops.py::test_div_local',
      'tests/test_ops.py::test_inline',
    ]);
  });

  it('reports a load failure once, as its cause, with no LOGIC failure for the file', () => {
    const output = fixture('node-test', 'load-failures-tap');

    const failures = parseCheckOutput(output, CTX);

    expect(failures.map(where)).toEqual([
      'src/broken.js:2 SYNTAX SyntaxError',
      'test/missing.test.js:1 IMPORT ERR_MODULE_NOT_FOUND',
      'test/nested.test.js:6 LOGIC assertion',
    ]);
  });

  it('drops the LOGIC failure of a test whose underlying error is reported', () => {
    const output = [
      fixture('pytest', 'error-in-code-under-test'),
      // the same test again, summarised by a second run as a bare failure
      '=========================== short test summary info ============================',
      'FAILED tests/test_strs.py::test_join - assert False',
    ].join('\n');

    const failures = parseCheckOutput(output, CTX);

    expect(failures.filter((f) => f.test === 'tests/test_strs.py::test_join').map(where)).toEqual(['src/calc/strs.py:8 TYPE_ERROR TypeError']);
  });

  it('places every path of a sub-package check under its folder', () => {
    const output = fixture('jest', 'failures');

    const failures = parseCheckOutput(output, { ...CTX, repoRoot: '/', cwd: 'repo' });

    expect(failures.map((f) => f.file)).toEqual([
      'repo/__tests__/broken.test.js',
      'repo/__tests__/cart.test.js',
      'repo/src/cart.js',
      'repo/src/syn.js',
    ]);
  });

  it('finds nothing in output that holds no failure', () => {
    const output = fixture('eslint', 'warning-only');

    const failures = parseCheckOutput(output, CTX);

    expect(failures).toEqual([]);
  });
});
