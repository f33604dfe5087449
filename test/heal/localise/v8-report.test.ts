import { describe, expect, it } from 'vitest';
import { testsFromV8Report } from '../../../src/heal/localise/v8-report.ts';

const LIB = 'export function f(x) {\n  if (x > 1) {\n    return 1;\n  }\n  return 2;\n}\n';
// Ranges Node 20 reported for LIB after f(5) (the rest of f after the `if` did not run) and f(0)
// (the `if` block did not run); flag 3 = a function's own range that ran.
const F_RAN_THEN = [7, 69, 3, 55, 68, 0];
const F_RAN_ELSE = [7, 69, 3, 36, 55, 0];

function report(records: object[]): string {
  return `${records.map((r) => JSON.stringify(r)).join('\n')}\n`;
}

const read = async (file: string): Promise<string | null> => ({ 'lib.js': LIB, 'src/lib.ts': 'x', 'dist/lib.js': 'a\nb\n//# sourceMappingURL=lib.js.map', 'dist/lib.js.map': MAP })[file] ?? null;
// dist/lib.js line 1 <- src/lib.ts line 1, line 2 <- line 3.
const MAP = JSON.stringify({ version: 3, file: 'lib.js', sourceRoot: '', sources: ['../src/lib.ts'], names: [], mappings: 'AAAA;AAEA' });

describe('testsFromV8Report', () => {
  it('credits each coverage slice to every test open then, with its outcome', async () => {
    const text = report([
      { k: 'cov', open: ['outer'], files: { 'lib.js': F_RAN_ELSE } },
      { k: 'cov', open: ['outer', 'outer > inner'], files: { 'lib.js': F_RAN_THEN } },
      { k: 'end', id: 'outer > inner', passed: false },
      { k: 'end', id: 'outer', passed: true },
    ]);

    const { tests } = await testsFromV8Report('/repo', text, read, []);

    expect(tests).toEqual([
      { id: 'outer > inner', outcome: 'failed', lines: { 'lib.js': [2, 3] } },
      { id: 'outer', outcome: 'passed', lines: { 'lib.js': [2, 3, 5] } },
    ]);
  });

  it('judges a test the hooks could not judge by the failures the run printed, and skips a cut-off line', async () => {
    const text = `${report([{ k: 'cov', open: ['a'], files: { 'lib.js': F_RAN_THEN } }, { k: 'end', id: 'a', passed: null }, { k: 'end', id: 'b', passed: null }])}{"k":"cov","op`;

    const { tests } = await testsFromV8Report('/repo', text, read, ['suite > a']);

    expect(tests.map((t) => [t.id, t.outcome])).toEqual([['a', 'failed'], ['b', 'passed']]);
  });

  it('maps compiled lines through the source map and sets TypeScript without one aside', async () => {
    const text = report([{ k: 'cov', open: ['t'], files: { 'dist/lib.js': [0, 40, 1], 'src/lib.ts': [0, 1, 1] } }, { k: 'end', id: 't', passed: false }]);

    const result = await testsFromV8Report('/repo', text, read, []);

    expect(result.tests[0].lines).toEqual({ 'src/lib.ts': [1, 3] });
    expect(result.unmappable).toEqual(['src/lib.ts']);
  });
});
