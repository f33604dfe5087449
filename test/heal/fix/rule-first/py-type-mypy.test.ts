import { afterEach, describe, expect, it } from 'vitest';
import { pyTypeArgumentFixer } from '../../../../src/heal/fix/rule-first/py-type-argument.ts';
import { pyTypeAssignmentFixer } from '../../../../src/heal/fix/rule-first/py-type-assignment.ts';
import { pyTypeNearNameFixer } from '../../../../src/heal/fix/rule-first/py-type-near-name.ts';
import { pyTypeReturnFixer } from '../../../../src/heal/fix/rule-first/py-type-return.ts';
import { answer, fixOnly, removeWorkspaces, typeFailures, typeWorkspace } from './type-error-runs.ts';

afterEach(removeWorkspaces);

describe('pyTypeArgumentFixer', () => {
  const fixer = pyTypeArgumentFixer();

  it('swaps arguments that the signature shows are the wrong way round', async () => {
    const ws = await typeWorkspace({ 'm.py': 'def repeat(times: int, word: str) -> str:\n    return word * times\n\n\nprint(repeat("ab", 3))\n' });
    const failures = await typeFailures(ws, 'mypy', 'm.py');

    const result = await fixer.fix(failures[0], ws.reader);

    expect(failures.map((f) => f.message)).toEqual([
      'Argument 1 to "repeat" has incompatible type "str"; expected "int"',
      'Argument 2 to "repeat" has incompatible type "int"; expected "str"',
    ]);
    if (result.kind !== 'patch') throw new Error(result.reason);
    expect(result.patch.edits[0].after).toBe('def repeat(times: int, word: str) -> str:\n    return word * times\n\n\nprint(repeat(3, "ab"))\n');
    expect(result.patch.description).toBe('swap the arguments to match the signature');
    await ws.write('m.py', result.patch.edits[0].after);
    expect(await typeFailures(ws, 'mypy', 'm.py')).toEqual([]);
  });

  it('finds the signature in another module', async () => {
    const files = {
      'lib.py': 'def scale(value: float, label: str) -> str:\n    return f"{label}={value}"\n',
      'main.py': 'from lib import scale\n\n\ndef show(label: str, value: float) -> str:\n    return scale(label, value)\n',
    };
    const ws = await typeWorkspace(files);
    const failure = (await typeFailures(ws, 'mypy', 'main.py'))[0];

    const result = await fixer.fix(failure, ws.reader);

    if (result.kind !== 'patch') throw new Error(result.reason);
    expect(result.patch.edits[0].after).toBe(files['main.py'].replace('scale(label, value)', 'scale(value, label)'));
  });

  it('converts an argument between str and int', async () => {
    const run = await fixOnly(fixer, { 'm.py': 'def double(n: int) -> int:\n    return n * 2\n\n\ndef run(raw: str) -> int:\n    return double(raw)\n' }, 'mypy', 'm.py');

    expect(run.patch.edits[0].after).toBe('def double(n: int) -> int:\n    return n * 2\n\n\ndef run(raw: str) -> int:\n    return double(int(raw))\n');
    expect(run.patch.description).toBe('convert the argument to int');
    expect(run.after).toEqual([]);
  });

  it('declines types it cannot convert', async () => {
    const { result } = await answer(fixer, { 'm.py': 'def size(items: list[int]) -> int:\n    return len(items)\n\n\nsize("abc")\n' }, 'mypy', 'm.py');

    expect(result.kind).toBe('decline');
  });
});

describe('pyTypeReturnFixer', () => {
  const fixer = pyTypeReturnFixer();

  it('changes the annotation when every return gives the reported type', async () => {
    const run = await fixOnly(fixer, { 'm.py': 'def add(a: int, b: int) -> str:\n    return a + b\n' }, 'mypy', 'm.py');

    expect(run.failure.message).toBe('Incompatible return value type (got "int", expected "str")');
    expect(run.patch.edits[0].after).toBe('def add(a: int, b: int) -> int:\n    return a + b\n');
    expect(run.patch.description).toBe('change the return annotation to int');
    expect(run.after).toEqual([]);
  });

  it('converts the returned value when another return gives the annotated type', async () => {
    const source = 'def show(n: int) -> str:\n    if n < 0:\n        return "negative"\n    return n\n';
    const run = await fixOnly(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(run.patch.edits[0].after).toBe(source.replace('return n\n', 'return str(n)\n'));
    expect(run.patch.description).toBe('convert the returned value to str');
    expect(run.after).toEqual([]);
  });
});

describe('pyTypeAssignmentFixer', () => {
  const fixer = pyTypeAssignmentFixer();

  it('changes the annotation on the line to the type the code assigns', async () => {
    const source = 'def mean(xs: list[int]) -> float:\n    avg: int = sum(xs) / len(xs)\n    return avg\n';
    const run = await fixOnly(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(run.failure.message).toBe('Incompatible types in assignment (expression has type "float", variable has type "int")');
    expect(run.patch.edits[0].after).toBe(source.replace('avg: int', 'avg: float'));
    expect(run.patch.description).toBe("change the annotation of 'avg' to float");
    expect(run.after).toEqual([]);
  });

  it("changes the declaration's annotation earlier in the same function", async () => {
    const source = 'def total(prices: list[float]) -> float:\n    sum_: int = 0\n    for p in prices:\n        sum_ = sum_ + p\n    return sum_\n';
    const run = await fixOnly(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(run.failure.line).toBe(4);
    expect(run.patch.edits[0].after).toBe(source.replace('sum_: int = 0', 'sum_: float = 0'));
    expect(run.after).toEqual([]);
  });

  it('converts the value between str and a number, keeping the type the other uses rely on', async () => {
    const source = 'def label(n: int) -> str:\n    text: str = n\n    return text\n';
    const run = await fixOnly(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(run.patch.edits[0].after).toBe(source.replace('text: str = n', 'text: str = str(n)'));
    expect(run.patch.description).toBe('convert the assigned value to str');
    expect(run.after).toEqual([]);
  });

  it('declines a message of another kind', async () => {
    const result = await fixer.fix({ file: 'm.py', line: 1, bugType: 'TYPE_ERROR', message: 'Name "x" is not defined', tool: 'mypy', check: 'c' }, { root: '/nowhere', readText: async () => null, listFiles: async () => [] });

    expect(result).toEqual({ kind: 'decline', reason: 'not a mypy assignment message: Name "x" is not defined' });
  });
});

describe('pyTypeNearNameFixer', () => {
  const fixer = pyTypeNearNameFixer();

  it("uses mypy's suggested attribute", async () => {
    const source = 'class Greeter:\n    def greet(self) -> str:\n        return "hi"\n\n\ndef run(g: Greeter) -> str:\n    return g.gret()\n';
    const run = await fixOnly(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(run.failure.message).toBe('"Greeter" has no attribute "gret"; maybe "greet"?');
    expect(run.patch.edits[0].after).toBe(source.replace('g.gret()', 'g.greet()'));
    expect(run.patch.description).toBe("use the attribute 'greet'");
    expect(run.after).toEqual([]);
  });

  it('declines when mypy suggests nothing', async () => {
    const source = 'class Foo:\n    def __init__(self) -> None:\n        self.name = "x"\n\n\ndef run(f: Foo) -> str:\n    return f.nmae\n';
    const { result } = await answer(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(result.kind).toBe('decline');
  });
});
