import { afterEach, describe, expect, it } from 'vitest';
import { tsTypeNearNameFixer } from '../../../../src/heal/fix/rule-first/ts-type-near-name.ts';
import { answer, fixOnly, removeWorkspaces } from './type-error-runs.ts';

afterEach(removeWorkspaces);

const fixer = tsTypeNearNameFixer();

describe('tsTypeNearNameFixer', () => {
  it("uses tsc's suggested property (TS2551)", async () => {
    const run = await fixOnly(fixer, { 'a.ts': 'export function size(s: string): number {\n  return s.lenght;\n}\n' }, 'tsc', 'a.ts');

    expect(run.failure.message).toBe("Property 'lenght' does not exist on type 'string'. Did you mean 'length'?");
    expect(run.patch.edits[0].after).toBe('export function size(s: string): number {\n  return s.length;\n}\n');
    expect(run.patch.description).toBe("use the property 'length'");
    expect(run.after).toEqual([]);
  });

  it("renames an object literal's key that tsc suggests (TS2561)", async () => {
    const source = 'interface User {\n  name: string;\n  email: string;\n}\nexport const u: User = { name: "a", emial: "b" };\n';
    const run = await fixOnly(fixer, { 'a.ts': source }, 'tsc', 'a.ts');

    expect(run.failure.code).toBe('TS2561');
    expect(run.patch.edits[0].after).toBe(source.replace('emial', 'email'));
    expect(run.after).toEqual([]);
  });

  it('declines a missing property without a suggestion (TS2339)', async () => {
    const { result } = await answer(fixer, { 'a.ts': 'interface U {\n  name: string;\n}\nexport const f = (u: U) => u.foo;\n' }, 'tsc', 'a.ts');

    expect(result.kind).toBe('decline');
  });
});
