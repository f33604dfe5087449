// What the bench reads of the knowledge base's part in a run (bench/kb-use.ts).
import { describe, expect, it } from 'vitest';
import { kbUse } from '../../bench/kb-use.ts';
import type { TraceRow } from '../../bench/measure.ts';
import type { ResultsFix } from '../../src/report/results.ts';

const fix = (over: Partial<ResultsFix>): ResultsFix => ({ file: 'src/a.py', bug_type: 'LOGIC', line_number: 3, commit_message: '', status: 'applied', ...over });

describe('kbUse', () => {
  it('counts only replays that stayed applied, and reads what the learn step stored', () => {
    const traces: TraceRow[] = [
      { agent_node: 'fix', action_type: 'propose_patch', payload: { strategy: 'kb_lookup' } },
      { agent_node: 'fix', action_type: 'propose_patch', payload: { strategy: 'kb_lookup' } },
      { agent_node: 'fix', action_type: 'propose_patch', payload: { strategy: 'rule_first' } },
      { agent_node: 'report', action_type: 'learn_fixes', payload: { recorded: ['f3'], known: [], skipped: [{ fixId: 'f2', reason: 'replayed' }] } },
    ];
    const fixes = [fix({ strategy: 'kb_lookup', status: 'rolled_back' }), fix({ strategy: 'kb_lookup' }), fix({ strategy: 'rule_first' })];

    const use = kbUse(traces, fixes);

    expect(use).toEqual({ proposed: 2, replayed: 1, appliedStrategies: ['kb_lookup', 'rule_first'], learnt: { recorded: 1, known: 0, skipped: ['replayed'] } });
  });

  it('has nothing learnt when the learn step did not run', () => {
    expect(kbUse([], []).learnt).toBeNull();
  });
});
