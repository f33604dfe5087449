import { describe, expect, it } from 'vitest';
import { buildDocuments, knownFiles } from '../../src/ask/documents.ts';
import { parseQuestion } from '../../src/ask/question.ts';
import { retrieve } from '../../src/ask/retrieve.ts';
import { ciEventRow, fixRow, runRecord, step } from './record-builder.ts';

const NEAR = fixRow({ fix_id: 'fix-near', file_path: 'src/utils.py', line_number: 15, description: "'os' imported but unused" });
const OTHER = fixRow({ fix_id: 'fix-other', file_path: 'src/utils.py', line_number: 40, bug_type: 'SYNTAX', description: "SyntaxError: expected ':'", fix_description: 'add the colon' });
const ELSEWHERE = fixRow({ fix_id: 'fix-elsewhere', file_path: 'src/main.py', line_number: 15, bug_type: 'IMPORT', description: "No module named 'jsno'", fix_description: "correct the module name to 'json'" });
const FIRST = ciEventRow({ event_id: 'ci-1', iteration: 1, status: 'failed' });
const SECOND = ciEventRow({ event_id: 'ci-2', iteration: 2 });

const RECORD = runRecord(
  [
    step(0, 'fix', 'propose_patch', 'LINTING error in src/utils.py line 15 → Fix: remove the import statement', { related_fix_id: NEAR.fix_id, thought_text: "'os' is never used" }),
    step(1, 'fix', 'propose_patch', 'SYNTAX error in src/utils.py line 40 → Fix: add the colon', { related_fix_id: OTHER.fix_id, thought_text: 'the def header has no colon' }),
    step(2, 'fix', 'propose_patch', "IMPORT error in src/main.py line 15 → Fix: correct the module name to 'json'", { related_fix_id: ELSEWHERE.fix_id }),
    step(3, 'ci', 'ci_run', 'CI iteration 1/5', { related_ci_event_id: FIRST.event_id }),
    step(4, 'run_checks', 'run_check', 'python -m pytest -q failed (1 failure)', { payload: { failures: [{ file: 'tests/test_utils.py', line: 3, bugType: 'LOGIC', message: 'assert 2 == 3' }] } }),
    step(5, 'ci', 'ci_failed', 'CI iteration 1/5: failed', { related_ci_event_id: FIRST.event_id }),
    step(6, 'ci', 'ci_run', 'CI iteration 2/5', { related_ci_event_id: SECOND.event_id }),
    step(7, 'ci', 'ci_passed', 'CI iteration 2/5: passed', { related_ci_event_id: SECOND.event_id }),
    step(8, 'score', 'score', 'score 110 (base 100, speed +10, efficiency -0)'),
  ],
  [NEAR, OTHER, ELSEWHERE],
  [FIRST, SECOND],
);

function ask(text: string) {
  const docs = buildDocuments(RECORD);
  const question = parseQuestion(text, knownFiles(docs, RECORD.fixes));
  return retrieve({ docs, fixes: RECORD.fixes, ciEvents: RECORD.ciEvents, question });
}

describe('retrieve', () => {
  it('ranks first the fix at the file and line named, not the same line of another file', () => {
    const found = ask('why did you change line 15 of src/utils.py?');

    expect(found.fixes).toEqual([NEAR]);
    expect(found.steps[0].doc.id).toBe(0);
  });

  it('takes a fix a couple of lines off the line named, and none further away', () => {
    expect(ask('why did you change line 17 of utils.py?').fixes).toEqual([NEAR]);
    expect(ask('why did you change line 13 of utils.py?').fixes).toEqual([NEAR]);
    expect(ask('why did you change line 18 of utils.py?').fixes).toEqual([]);
  });

  it('finds a fix by its words when no place is named, with fuzzy and prefix matching', () => {
    expect(ask('why the colon?').steps[0].doc.id).toBe(1);
    expect(ask('why did you fix the modul nme?').steps[0].doc.id).toBe(2);
  });

  it('ranks the steps of the CI iteration named above the other iteration\'s', () => {
    const found = ask('what failed in iteration 1?');

    expect(found.events).toEqual([FIRST]);
    expect(found.steps.slice(0, 3).map((s) => s.doc.id).sort()).toEqual([3, 4, 5]);
    expect(found.steps.find((s) => s.doc.id === 6)?.score ?? 0).toBeLessThan(found.steps[2].score);
  });

  it('names the last iteration without a number', () => {
    expect(ask('what happened in the last round?').events).toEqual([SECOND]);
  });

  it('returns nothing for a question about a file the run never saw', () => {
    const found = ask('why did you change line 15 of src/nowhere.py?');

    expect(found.steps).toEqual([]);
    expect(found.fixes).toEqual([]);
  });

  it('returns nothing when no word of the question is in the run', () => {
    expect(ask('what is the weather in Paris?').steps).toEqual([]);
  });
});
