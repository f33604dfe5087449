import { afterEach, describe, expect, it } from 'vitest';
import { tsTypeMismatchFixer } from '../../../../src/heal/fix/rule-first/ts-type-mismatch.ts';
import { answer, fixOnly, removeWorkspaces } from './type-error-runs.ts';

afterEach(removeWorkspaces);

const fixer = tsTypeMismatchFixer();

async function fixTs(source: string) {
  return fixOnly(fixer, { 'a.ts': source }, 'tsc', 'a.ts');
}

describe('tsTypeMismatchFixer', () => {
  it('swaps arguments that the signature shows are the wrong way round (TS2345)', async () => {
    const run = await fixTs('function repeat(times: number, word: string): string {\n  return word.repeat(times);\n}\nexport const r = repeat("ab", 3);\n');

    expect(run.failure.message).toBe("Argument of type 'string' is not assignable to parameter of type 'number'.");
    expect(run.patch.edits[0].after).toBe('function repeat(times: number, word: string): string {\n  return word.repeat(times);\n}\nexport const r = repeat(3, "ab");\n');
    expect(run.patch.description).toBe('swap the arguments to match the signature');
    expect(run.after).toEqual([]);
  });

  it('converts an argument to number (TS2345)', async () => {
    const run = await fixTs('function double(n: number): number {\n  return n * 2;\n}\nexport function run(raw: string): number {\n  return double(raw);\n}\n');

    expect(run.patch.edits[0].after).toContain('return double(Number(raw));');
    expect(run.patch.description).toBe('convert the argument to number');
    expect(run.after).toEqual([]);
  });

  it('replaces a numeric string given to a number variable (TS2322)', async () => {
    const run = await fixTs('export const limit: number = "10";\n');

    expect(run.failure.code).toBe('TS2322');
    expect(run.patch.edits[0].after).toBe('export const limit: number = 10;\n');
    expect(run.patch.description).toBe('replace the string "10" with the number 10');
    expect(run.after).toEqual([]);
  });

  it('changes the return annotation when every return gives the reported type (TS2322)', async () => {
    const run = await fixTs('export function sum(a: number, b: number): string {\n  return a + b;\n}\n');

    expect(run.failure.message).toBe("Type 'number' is not assignable to type 'string'.");
    expect(run.patch.edits[0].after).toBe('export function sum(a: number, b: number): number {\n  return a + b;\n}\n');
    expect(run.patch.description).toBe('change the return annotation to number');
    expect(run.after).toEqual([]);
  });

  it('converts the returned value when another return gives the annotated type (TS2322)', async () => {
    const source = 'export function show(n: number): string {\n  if (n < 0) return "negative";\n  return n;\n}\n';
    const run = await fixTs(source);

    expect(run.patch.edits[0].after).toBe(source.replace('return n;', 'return String(n);'));
    expect(run.patch.description).toBe('convert the returned value to string');
    expect(run.after).toEqual([]);
  });

  it('converts the string side of a comparison (TS2365)', async () => {
    const run = await fixTs('export function older(age: string, limit: number): boolean {\n  return age > limit;\n}\n');

    expect(run.failure.message).toBe("Operator '>' cannot be applied to types 'string' and 'number'.");
    expect(run.patch.edits[0].after).toContain('return Number(age) > limit;');
    expect(run.patch.description).toBe('convert the string to number before comparing');
    expect(run.after).toEqual([]);
  });

  it('declines a mismatch that is not between string and number', async () => {
    const { result } = await answer(fixer, { 'a.ts': 'export const flags: boolean[] = [1];\n' }, 'tsc', 'a.ts');

    expect(result.kind).toBe('decline');
  });
});
