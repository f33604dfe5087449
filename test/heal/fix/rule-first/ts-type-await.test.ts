import { afterEach, describe, expect, it } from 'vitest';
import { tsTypeAwaitFixer } from '../../../../src/heal/fix/rule-first/ts-type-await.ts';
import { answer, fixOnly, removeWorkspaces } from './type-error-runs.ts';

afterEach(removeWorkspaces);

const fixer = tsTypeAwaitFixer();
const READY = 'async function ready(): Promise<boolean> {\n  return true;\n}\n';
const USER = 'async function user(): Promise<{ name: string }> {\n  return { name: "a" };\n}\n';

describe('tsTypeAwaitFixer', () => {
  it('awaits a Promise used as a condition (TS2801)', async () => {
    const run = await fixOnly(fixer, { 'a.ts': `${READY}export async function go(): Promise<number> {\n  if (ready()) return 1;\n  return 0;\n}\n` }, 'tsc', 'a.ts');

    expect(run.failure.code).toBe('TS2801');
    expect(run.patch.edits[0].after).toContain('  if (await ready()) return 1;\n');
    expect(run.patch.description).toBe('add the missing await');
    expect(run.after).toEqual([]);
  });

  it('awaits a Promise assigned where its value is declared (TS2322)', async () => {
    const run = await fixOnly(fixer, { 'a.ts': `${READY}export async function go(): Promise<boolean> {\n  const ok: boolean = ready();\n  return ok;\n}\n` }, 'tsc', 'a.ts');

    expect(run.failure.message).toBe("Type 'Promise<boolean>' is not assignable to type 'boolean'.");
    expect(run.patch.edits[0].after).toContain('  const ok: boolean = await ready();\n');
    expect(run.after).toEqual([]);
  });

  it("awaits the object of a property read on a Promise (TS2339)", async () => {
    const run = await fixOnly(fixer, { 'a.ts': `${USER}export async function go(): Promise<string> {\n  const u = user();\n  return u.name;\n}\n` }, 'tsc', 'a.ts');

    expect(run.patch.edits[0].after).toContain('  return (await u).name;\n');
    expect(run.after).toEqual([]);
  });

  it('awaits the Promise operand of an operator (TS2365)', async () => {
    const count = 'async function count(): Promise<number> {\n  return 1;\n}\n';
    const run = await fixOnly(fixer, { 'a.ts': `${count}export async function go(): Promise<number> {\n  return count() + 1;\n}\n` }, 'tsc', 'a.ts');

    expect(run.patch.edits[0].after).toContain('  return await count() + 1;\n');
    expect(run.after).toEqual([]);
  });

  it('declines outside an async function', async () => {
    const { result } = await answer(fixer, { 'a.ts': `${READY}export function go(): number {\n  if (ready()) return 1;\n  return 0;\n}\n` }, 'tsc', 'a.ts');

    expect(result).toEqual({ kind: 'decline', reason: 'the Promise is not inside an async function; adding await would change the function' });
  });
});
