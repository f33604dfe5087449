import { describe, expect, it } from 'vitest';
import { applyMutation, mutantsAt } from '../../../../src/heal/fix/logic/mutants.ts';
import { lines } from './mutate.ts';

describe('mutantsAt', () => {
  it('puts the one-token edits first, bigger edits after, each text once', async () => {
    const source = lines('def total(values):', '    if not values:', '        return 0', '    result = 0', '    for v in values:', '        result += v', '    return result');

    const { mutants } = await mutantsAt('src/m.py', source, 'python', 6);

    const sizes = mutants.map((m) => m.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(new Set(mutants.map((m) => m.after)).size).toBe(mutants.length);
    expect(mutants.map((m) => m.operator)).toEqual(expect.arrayContaining(['arithmetic', 'variable', 'delete', 'guard']));
    expect(mutants.every((m) => m.file === 'src/m.py' && m.line === 6 && m.after !== source)).toBe(true);
  });

  it('drops edits that no longer parse', async () => {
    const source = lines('const f = (a, b) => a - b;');

    const { mutants, unparsable } = await mutantsAt('src/m.js', source, 'javascript', 1);

    expect(unparsable).toBe(0);
    expect(mutants.map((m) => m.after.trim())).toContain('const f = (a, b) => b - a;');
  });

  it('applies a mutation as a splice of the original text', () => {
    expect(applyMutation('a < b', { start: 2, end: 3, insert: '<=' })).toBe('a <= b');
  });
});
