import { afterEach, describe, expect, it } from 'vitest';
import { tsTypeNoneFixer } from '../../../../src/heal/fix/rule-first/ts-type-none.ts';
import { answer, fixOnly, removeWorkspaces } from './type-error-runs.ts';

afterEach(removeWorkspaces);

describe('tsTypeNoneFixer', () => {
  const fixer = tsTypeNoneFixer();

  it("gives a lookup the '??' default the file uses for the same map elsewhere", async () => {
    const source = [
      'const labels = new Map<string, string>();',
      'export function label(key: string): string {',
      "  return labels.get(key) ?? '';",
      '}',
      'export function shout(key: string): string {',
      '  const text = labels.get(key);',
      '  return text.toUpperCase();',
      '}',
      '',
    ].join('\n');

    const run = await fixOnly(fixer, { 'm.ts': source }, 'tsc', 'm.ts');

    expect(run.failure.code).toBe('TS18048');
    expect(run.failure.message).toBe("'text' is possibly 'undefined'.");
    expect(run.patch.edits[0].after).toBe(source.replace('const text = labels.get(key);', "const text = labels.get(key) ?? '';"));
    expect(run.patch.description).toBe("use the default '' when the value is missing");
    expect(run.after).toEqual([]);
  });

  it("gives an argument the '??' default the file uses elsewhere", async () => {
    const source = [
      'const sizes = new Map<string, number>();',
      'function double(n: number): number {',
      '  return n * 2;',
      '}',
      'export function size(key: string): number {',
      '  return sizes.get(key) ?? 0;',
      '}',
      'export function twice(key: string): number {',
      '  return double(sizes.get(key));',
      '}',
      '',
    ].join('\n');

    const run = await fixOnly(fixer, { 'm.ts': source }, 'tsc', 'm.ts');

    expect(run.failure.message).toBe("Argument of type 'number | undefined' is not assignable to parameter of type 'number'.");
    expect(run.patch.edits[0].after).toBe(source.replace('double(sizes.get(key))', 'double(sizes.get(key) ?? 0)'));
    expect(run.patch.description).toBe('use the default 0 when the value is missing');
    expect(run.after).toEqual([]);
  });

  it("guards with '?.' where the declared return type allows undefined", async () => {
    const source = [
      'export function firstA(text: string): string | undefined {',
      '  const found = text.match(/a+/);',
      '  return found[0];',
      '}',
      '',
    ].join('\n');

    const run = await fixOnly(fixer, { 'm.ts': source }, 'tsc', 'm.ts');

    expect(run.failure.code).toBe('TS18047');
    expect(run.patch.edits[0].after).toBe(source.replace('return found[0];', 'return found?.[0];'));
    expect(run.patch.description).toBe("guard the possibly null 'found' with '?.'");
    expect(run.after).toEqual([]);
  });

  it("guards an unnamed object with '?.' (TS2532)", async () => {
    const source = [
      'const labels = new Map<string, string>();',
      'export function shout(key: string): string | undefined {',
      '  return labels.get(key).toUpperCase();',
      '}',
      '',
    ].join('\n');

    const run = await fixOnly(fixer, { 'm.ts': source }, 'tsc', 'm.ts');

    expect(run.failure.message).toBe("Object is possibly 'undefined'.");
    expect(run.patch.edits[0].after).toBe(source.replace('labels.get(key).toUpperCase()', 'labels.get(key)?.toUpperCase()'));
    expect(run.patch.description).toBe("guard the possibly undefined 'labels.get(key)' with '?.'");
    expect(run.after).toEqual([]);
  });

  it("guards a call whose value is discarded when the file already optional-chains the value", async () => {
    const source = [
      'let timer: { stop(): void } | undefined;',
      'export function pause(): void {',
      '  timer?.stop();',
      '}',
      'export function reset(): void {',
      '  timer.stop();',
      '  timer = undefined;',
      '}',
      '',
    ].join('\n');

    const run = await fixOnly(fixer, { 'm.ts': source }, 'tsc', 'm.ts');

    expect(run.patch.edits[0].after).toBe(source.replace('  timer.stop();', '  timer?.stop();'));
    expect(run.patch.description).toBe("guard the possibly undefined 'timer' with '?.'");
    expect(run.after).toEqual([]);
  });

  it('declines when the code shows neither a default nor a place that takes undefined', async () => {
    const source = 'const labels = new Map<string, string>();\nexport function shout(key: string): string {\n  const text = labels.get(key);\n  return text.toUpperCase();\n}\n';

    const { result } = await answer(fixer, { 'm.ts': source }, 'tsc', 'm.ts');

    expect(result.kind).toBe('decline');
  });

  it("declines '?.' whose undefined would reach a return type that does not allow it", async () => {
    const source = 'let timer: { stop(): number } | undefined;\nexport function a(): void {\n  timer?.stop();\n}\nexport function b(): number {\n  return timer.stop();\n}\n';

    const { result } = await answer(fixer, { 'm.ts': source }, 'tsc', 'm.ts');

    expect(result.kind).toBe('decline');
  });
});
