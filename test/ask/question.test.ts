import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/ask/question.ts';

const KNOWN = ['src/utils.py', 'src/shop/rules.py', 'src/shop/prices.py', 'src/shop/__init__.py', 'lib/__init__.py', 'tests/test_shop.py'];

describe('parseQuestion: files', () => {
  it.each([
    ['why did you change line 15 of src/utils.py?', ['src/utils.py']],
    ['why did you touch utils.py?', ['src/utils.py']],
    ['what about shop/rules.py.', ['src/shop/rules.py']],
    ['what happened to ./src\\shop\\prices.py', ['src/shop/prices.py']],
    ['/home/me/repo/src/utils.py: why?', ['src/utils.py']],
    ['explain the change in the rules module', ['src/shop/rules.py']],
    ['anything in "SRC/UTILS.PY"?', ['src/utils.py']],
  ])('%s names %j', (question, files) => {
    const parsed = parseQuestion(question, KNOWN);

    expect(parsed.files).toEqual(files);
    expect(parsed.unknownFiles).toEqual([]);
  });

  it('names every known file a bare name fits, and keeps a path the run does not know apart', () => {
    const parsed = parseQuestion('what changed in __init__.py and in src/other/rules.py?', KNOWN);

    expect(parsed.files).toEqual(['src/shop/__init__.py', 'lib/__init__.py']);
    expect(parsed.unknownFiles).toEqual(['src/other/rules.py']);
  });

  it.each(['e.g. what happened?', 'what failed at l.15?', 'which test failed?', 'what did RIFT do in this run?'])('finds no file in %j', (question) => {
    const parsed = parseQuestion(question, KNOWN);

    expect(parsed.files).toEqual([]);
    expect(parsed.unknownFiles).toEqual([]);
  });
});

describe('parseQuestion: lines and iterations', () => {
  it.each([
    ['why did you change line 15 of src/utils.py?', [15]],
    ['why l.15 of utils.py', [15]],
    ['src/utils.py:15 — why?', [15]],
    ['src/utils.py:15:4 why', [15]],
    ['see src/utils.py#L15', [15]],
    ['what is on L15?', [15]],
    ['the 15th line of utils.py', [15]],
    ['line no. 7 please', [7]],
    ['lines 3-5 of prices.py', [3, 4, 5]],
    ['lines 3 to 4 and line 9', [3, 4, 9]],
    ['what failed in iteration 2?', []],
  ])('%s has lines %j', (question, lines) => {
    expect(parseQuestion(question, KNOWN).lines).toEqual(lines);
  });

  it.each([
    ['what failed in iteration 2?', [2]],
    ['what broke in round two?', [2]],
    ['what happened in the 2nd iteration', [2]],
    ['what was fixed in the second round', [2]],
    ['CI iteration #3', [3]],
    ['iterations 1 and 2', [1, 2]],
    ['attempt 4 failed', [4]],
    ['the run took 2 iterations, why?', []],
    ['what failed at line 2?', []],
  ])('%s names iterations %j', (question, iterations) => {
    expect(parseQuestion(question, KNOWN).iterations).toEqual(iterations);
  });

  it('understands "the last iteration" without a number', () => {
    expect(parseQuestion('what failed in the final round?').lastIteration).toBe(true);
    expect(parseQuestion('what failed in round 1?').lastIteration).toBe(false);
  });
});

describe('parseQuestion: bug types', () => {
  it.each([
    ['which SYNTAX errors were there?', ['SYNTAX']],
    ['any lint or import problems?', ['LINTING', 'IMPORT']],
    ['what did flake8 say?', ['LINTING']],
    ['was there a TypeError?', ['TYPE_ERROR']],
    ['TYPE_ERROR fixes please', ['TYPE_ERROR']],
    ['a ModuleNotFoundError', ['IMPORT']],
    ['wrong indentation on line 3', ['INDENTATION']],
    ['did a logic bug give a wrong result?', ['LOGIC']],
    ['what failed in iteration 2?', []],
  ])('%s names %j', (question, types) => {
    expect(parseQuestion(question, KNOWN).bugTypes).toEqual(types);
  });
});

describe('parseQuestion: the kind of question', () => {
  it.each([
    ['why did you change line 15 of src/utils.py?', 'why_change'],
    ['Why was the fix in rules.py rolled back?', 'why_change'],
    ['why line 15 of utils.py?', 'why_change'],
    ['explain the patch to prices.py', 'why_change'],
    ['what failed in iteration 2?', 'what_failed'],
    ['why did CI fail in round 2?', 'what_failed'],
    ['what broke?', 'what_failed'],
    ['was there a regression?', 'what_failed'],
    ['any problems with mypy?', 'what_failed'],
    ['what did you fix?', 'what_fixed'],
    ['which syntax errors did you fix?', 'what_fixed'],
    ['list the commits', 'what_fixed'],
    ['what is the score?', 'score'],
    ['how many points did we lose?', 'score'],
    ['why did the run take so long?', 'score'],
    ['tell me about mypy', 'generic'],
    ['hello', 'generic'],
  ])('%s is %s', (question, kind) => {
    expect(parseQuestion(question, KNOWN).kind).toBe(kind);
  });
});
