import { describe, expect, it } from 'vitest';
import { parseHealCommand } from '../../src/webhooks/parse-heal-command.ts';

describe('parseHealCommand', () => {
  it('reads a bare command', () => {
    expect(parseHealCommand('/rift heal')).toEqual({ kind: 'ok', command: {} });
  });

  it('reads every option, with double, single and typographic quotes and = forms', () => {
    expect(parseHealCommand('/rift heal --team "Code Warriors" --leader \'Ada Lovelace\' --max-iterations 3')).toEqual({
      kind: 'ok',
      command: { team: 'Code Warriors', leader: 'Ada Lovelace', maxIterations: 3 },
    });
    expect(parseHealCommand('/rift heal --team=“Code Warriors” --leader=Ada --max-iterations=7')).toEqual({
      kind: 'ok',
      command: { team: 'Code Warriors', leader: 'Ada', maxIterations: 7 },
    });
  });

  it('keeps an apostrophe inside a word', () => {
    expect(parseHealCommand("/rift heal --leader O'Brien")).toEqual({ kind: 'ok', command: { leader: "O'Brien" } });
  });

  it('reads only the first line, after leading blank space', () => {
    expect(parseHealCommand('\n  /rift heal --team Owls\r\n--leader "ignored, this is prose"')).toEqual({ kind: 'ok', command: { team: 'Owls' } });
  });

  it('is no command when the comment does not open with /rift heal', () => {
    expect(parseHealCommand('Please /rift heal this')).toEqual({ kind: 'none' });
    expect(parseHealCommand('/rift healer')).toEqual({ kind: 'none' });
    expect(parseHealCommand('/rift')).toEqual({ kind: 'none' });
    expect(parseHealCommand('')).toEqual({ kind: 'none' });
  });

  it.each([
    ['/rift heal --team "Code Warriors', 'a quote is not closed: add the closing "'],
    ['/rift heal --colour red', 'unknown option --colour'],
    ['/rift heal --team', '--team needs a value'],
    ['/rift heal --team --leader Ada', '--team needs a value'],
    ['/rift heal --team A --team B', '--team is given twice'],
    ['/rift heal now', 'unexpected "now": options start with --'],
    ['/rift heal --team ""', '--team must not be empty'],
    ['/rift heal --max-iterations three', '--max-iterations must be a whole number, not "three"'],
    ['/rift heal --max-iterations 2.5', '--max-iterations must be a whole number, not "2.5"'],
    [`/rift heal --leader ${'x'.repeat(121)}`, '--leader must be at most 120 characters'],
  ])('explains what is wrong with %s', (body, error) => {
    expect(parseHealCommand(body)).toEqual({ kind: 'invalid', error });
  });

  it('leaves the iteration range to the guard', () => {
    expect(parseHealCommand('/rift heal --max-iterations 0')).toEqual({ kind: 'ok', command: { maxIterations: 0 } });
  });
});
