import { describe, expect, it } from 'vitest';
import { fixLineOf, formatFixLine } from '../../src/report/fix-line.ts';

describe('formatFixLine', () => {
  it('formats the contract line of DESIGN.md exactly', () => {
    const input = { bugType: 'LINTING' as const, file: 'src/utils.py', line: 15, fixDescription: 'remove the import statement' };

    const line = formatFixLine(input);

    expect(line).toBe('LINTING error in src/utils.py line 15 \u2192 Fix: remove the import statement');
  });

  it('uses forward slashes and drops a leading ./ from the file', () => {
    const input = { bugType: 'IMPORT' as const, file: '.\\pkg\\api\\main.py', line: 3, fixDescription: 'add the missing import' };

    const line = formatFixLine(input);

    expect(line).toBe('IMPORT error in pkg/api/main.py line 3 → Fix: add the missing import');
  });

  it('keeps a multi-line description on one line', () => {
    const input = { bugType: 'LOGIC' as const, file: 'a.py', line: 9, fixDescription: '  change > to >=\n  in the loop bound ' };

    const line = formatFixLine(input);

    expect(line).toBe('LOGIC error in a.py line 9 → Fix: change > to >= in the loop bound');
  });
});

describe('fixLineOf', () => {
  const base = {
    file: 'src/app.ts',
    bug_type: 'TYPE_ERROR' as const,
    line_number: 12,
    commit_message: '[AI-AGENT] add the missing return type',
  };

  it('prefers the recorded fix line', () => {
    const fix = { ...base, fix_line: 'TYPE_ERROR error in src/app.ts line 12 → Fix: recorded', fix_description: 'other' };

    expect(fixLineOf(fix)).toBe('TYPE_ERROR error in src/app.ts line 12 → Fix: recorded');
  });

  it('formats from fix_description when no line was recorded', () => {
    const fix = { ...base, fix_description: 'annotate the return type as number' };

    expect(fixLineOf(fix)).toBe('TYPE_ERROR error in src/app.ts line 12 → Fix: annotate the return type as number');
  });

  it('falls back to the commit message without its [AI-AGENT] prefix', () => {
    expect(fixLineOf(base)).toBe('TYPE_ERROR error in src/app.ts line 12 → Fix: add the missing return type');
  });
});
