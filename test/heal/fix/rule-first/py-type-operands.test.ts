import { afterEach, describe, expect, it } from 'vitest';
import { pyTypeOperandsFixer } from '../../../../src/heal/fix/rule-first/py-type-operands.ts';
import { answer, fixOnly, removeWorkspaces } from './type-error-runs.ts';

afterEach(removeWorkspaces);

const fixer = pyTypeOperandsFixer();

// A module and a pytest test that calls it, so pytest's traceback blames the module's line.
function project(app: string, call: string): Record<string, string> {
  return { 'app.py': app, 'test_app.py': `from app import *\n\n\ndef test_it():\n    ${call}\n` };
}

describe('pyTypeOperandsFixer with pytest tracebacks', () => {
  it('converts the int of a str concatenation to str', async () => {
    const run = await fixOnly(fixer, project('def label(n):\n    return "n=" + n\n', 'assert label(3) == "n=3"'), 'pytest', 'app.py');

    expect(run.failure.message).toBe('can only concatenate str (not "int") to str');
    expect(run.patch.edits[0].after).toBe('def label(n):\n    return "n=" + str(n)\n');
    expect(run.patch.description).toBe('convert the int to str before concatenating');
    expect(run.after).toEqual([]);
  });

  it('converts the str of an int addition to int', async () => {
    const run = await fixOnly(fixer, project('def total(a, b):\n    return a + b\n', 'assert total(1, "2") == 3'), 'pytest', 'app.py');

    expect(run.failure.message).toBe("unsupported operand type(s) for +: 'int' and 'str'");
    expect(run.patch.edits[0].after).toBe('def total(a, b):\n    return a + int(b)\n');
    expect(run.patch.description).toBe('convert the str to int before the arithmetic');
    expect(run.after).toEqual([]);
  });

  it('converts the number to str when the other operand is words', async () => {
    const run = await fixOnly(fixer, project('def items(count):\n    return count + " items"\n', 'assert items(2) == "2 items"'), 'pytest', 'app.py');

    expect(run.patch.edits[0].after).toBe('def items(count):\n    return str(count) + " items"\n');
    expect(run.patch.description).toBe('convert the int to str before concatenating');
    expect(run.after).toEqual([]);
  });

  it('converts the str side of a comparison to the number type', async () => {
    const run = await fixOnly(fixer, project('def older(age, limit):\n    return age < limit\n', 'assert older("5", 3) is False'), 'pytest', 'app.py');

    expect(run.failure.message).toBe("'<' not supported between instances of 'str' and 'int'");
    expect(run.patch.edits[0].after).toBe('def older(age, limit):\n    return int(age) < limit\n');
    expect(run.patch.description).toBe('convert the str to int before comparing');
    expect(run.after).toEqual([]);
  });
});

describe('pyTypeOperandsFixer with mypy', () => {
  it('replaces a numeric string literal with the number', async () => {
    const run = await fixOnly(fixer, { 'm.py': 'def adult(age: int) -> bool:\n    return age >= "18"\n' }, 'mypy', 'm.py');

    expect(run.failure.code).toBe('operator');
    expect(run.patch.edits[0].after).toBe('def adult(age: int) -> bool:\n    return age >= 18\n');
    expect(run.patch.description).toBe('replace the string "18" with the number 18');
    expect(run.after).toEqual([]);
  });

  it('picks the inner operator of a chain by the operand types it can see', async () => {
    const run = await fixOnly(fixer, { 'm.py': 'def tag(n: int) -> str:\n    return "<" + n + ">"\n' }, 'mypy', 'm.py');

    expect(run.patch.edits[0].after).toBe('def tag(n: int) -> str:\n    return "<" + str(n) + ">"\n');
    expect(run.after).toEqual([]);
  });

  it('declines operand types that are not a str and a number', async () => {
    const { result } = await answer(fixer, { 'm.py': 'def f(a: list[int], b: str) -> object:\n    return a + b\n' }, 'mypy', 'm.py');

    expect(result.kind).toBe('decline');
  });
});
