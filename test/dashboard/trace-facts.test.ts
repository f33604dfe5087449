// What the run detail reads off a trace (strategies of fixes, the retry limit), and the event-stream
// text the live view writes: pure functions, no I/O.
import { describe, expect, it } from 'vitest';
import { parseLastEventId, sseMessage } from '../../src/dashboard/sse-format.ts';
import { traceFacts } from '../../src/dashboard/trace-facts.ts';

const step = (action_type: string, action_label: string, payload: unknown = null, related_fix_id: string | null = null) => ({ action_type, action_label, payload, related_fix_id });

describe('traceFacts', () => {
  it('maps each proposed fix to its strategy and keeps the last retry limit a CI step names', () => {
    const facts = traceFacts([
      step('propose_patch', 'LINTING error in a.py line 1', { strategy: 'rule_first' }, 'fix-1'),
      step('ci_run', 'CI iteration 1/5'),
      step('propose_patch', 'LOGIC error in b.py line 2', { strategy: 'llm_single' }, 'fix-2'),
      step('ci_failed', 'CI iteration 2/5: failed'),
      step('propose_patch', 'no fix id', { strategy: 'kb_lookup' }),
    ]);

    expect([...facts.strategies]).toEqual([
      ['fix-1', 'rule_first'],
      ['fix-2', 'llm_single'],
    ]);
    expect(facts.retryLimit).toBe(5);
  });

  it('reads the retry limit the ci_run step recorded in its payload before its label', () => {
    const facts = traceFacts([step('ci_run', 'CI iteration 1/5', { iteration: 1, retryLimit: 7 })]);

    expect(facts.retryLimit).toBe(7);
  });

  it('knows no retry limit before the first CI round and skips payloads without a strategy', () => {
    const facts = traceFacts([step('propose_patch', 'x', { fixer: 'py-unused-import' }, 'fix-1'), step('clone', 'cloned CI iteration 1/3 elsewhere')]);

    expect(facts.strategies.size).toBe(0);
    expect(facts.retryLimit).toBeNull();
  });
});

describe('sseMessage', () => {
  it('writes the id, the event and one data line per line, then a blank line', () => {
    expect(sseMessage({ id: 3, data: '{"a":1}' })).toBe('id: 3\ndata: {"a":1}\n\n');
    expect(sseMessage({ event: 'end', data: 'one\ntwo\r\nthree' })).toBe('event: end\ndata: one\ndata: two\ndata: three\n\n');
  });
});

describe('parseLastEventId', () => {
  it('reads an index, treats an absent or empty header as none, and refuses anything else', () => {
    expect(parseLastEventId('12')).toBe(12);
    expect(parseLastEventId(undefined)).toBeNull();
    expect(parseLastEventId('')).toBeNull();
    expect(() => parseLastEventId('-1')).toThrow(/Last-Event-ID/);
    expect(() => parseLastEventId('1e3')).toThrow(/Last-Event-ID/);
  });
});
