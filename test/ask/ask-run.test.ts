// "Ask the run" on real runs: the pipeline heals small broken repositories (real git, sandbox, tools,
// PostgreSQL), then questions are answered from what the run recorded, with and without a model.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askRun, loadRunRecord, type RunRecord, type TraceFacts } from '../../src/ask/index.ts';
import { listTraces } from '../../src/store/index.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { openHealHarness } from '../helpers/heal-harness.ts';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { pythonManyBugs } from '../helpers/broken-repos.ts';
import { BAD_KEY, COMPLETIONS, completion, LLM_HOST, testSession, type ChatBody } from '../heal/fix/llm/openai-wire.ts';

let harness: Awaited<ReturnType<typeof openHealHarness>>;
let record: RunRecord;

beforeAll(async () => {
  harness = await openHealHarness();
  const repo = makeRepo(pythonManyBugs());
  const outcome = await harness.heal(repo.dir);
  repo.cleanup();
  record = (await loadRunRecord(harness.db, outcome.results.run_id))!;
}, 180_000);

afterAll(() => harness.cleanup());

/** The step of the record that did `action` for a fix. */
function stepOfFix(fixId: string, action: string): TraceFacts | undefined {
  return record.traces.find((trace) => trace.related_fix_id === fixId && trace.action_type === action);
}

describe('loadRunRecord', () => {
  it('loads the run with its whole trace in step order, its fixes and its CI events', async () => {
    const stored = await listTraces(harness.db, record.run.run_id);

    expect(record.run.status).toMatch(/^(passed|failed|quarantined)$/);
    expect(record.traces.map((t) => t.step_index)).toEqual(stored.map((t) => t.step_index));
    expect(record.fixes.length).toBeGreaterThan(1);
    expect(record.ciEvents.map((e) => e.iteration)).toEqual(record.ciEvents.map((_, i) => i + 1));
  });

  it('answers null for a run that does not exist, and for an id that is not a UUID', async () => {
    expect(await loadRunRecord(harness.db, randomUUID())).toBeNull();
    expect(await loadRunRecord(harness.db, "1' OR '1'='1")).toBeNull();
  });
});

describe('asking a healed run, by retrieval', () => {
  it('answers "why did you change line N of <file>?" for every applied fix with that fix, citing its proposal and verification', async () => {
    const applied = record.fixes.filter((fix) => fix.status === 'applied');
    expect(applied.length).toBeGreaterThan(1);

    for (const fix of applied) {
      const result = await askRun({ record, question: `Why did you change line ${fix.line_number} of ${fix.file_path}?` });

      const cited = result.citations.map((c) => c.stepIndex);
      const propose = stepOfFix(fix.fix_id, 'propose_patch')!;
      const verified = stepOfFix(fix.fix_id, 'patch_verified')!;
      expect(result.mode).toBe('retrieval');
      expect(cited).toContain(propose.step_index);
      expect(cited).toContain(verified.step_index);
      expect(result.answer).toContain(fix.description);
      expect(result.answer).toContain(fix.fix_description);
      expect(result.answer).toContain(`[step ${propose.step_index}]`);
      // Nothing of another fix is cited: the exact line wins over a fix two lines away in the same file.
      const others = record.traces.filter((t) => t.related_fix_id && t.related_fix_id !== fix.fix_id).map((t) => t.step_index);
      expect(cited.filter((step) => others.includes(step))).toEqual([]);
    }
  });

  it('finds the file from its bare name and the line from "l.N"', async () => {
    const fix = record.fixes.find((row) => row.status === 'applied')!;

    const result = await askRun({ record, question: `why did you touch ${path.basename(fix.file_path)} l.${fix.line_number}?` });

    expect(result.citations.map((c) => c.stepIndex)).toContain(stepOfFix(fix.fix_id, 'propose_patch')!.step_index);
    expect(result.answer).toContain(fix.fix_description);
  });

  it('answers "what failed in iteration 1?" from the CI event of iteration 1, citing its ci_run step', async () => {
    const event = record.ciEvents.find((row) => row.iteration === 1)!;
    const ciRun = record.traces.find((t) => t.related_ci_event_id === event.event_id && t.action_type === 'ci_run')!;

    const result = await askRun({ record, question: 'What failed in iteration 1?' });

    expect(result.citations[0]).toEqual({ stepIndex: ciRun.step_index, node: 'ci', action: 'ci_run', label: ciRun.action_label });
    expect(result.answer).toContain(`CI iteration 1 ${event.status}`);
    expect(result.answer).toContain(`${event.failures_before} failure(s) before it, ${event.failures_after} after`);
  });

  it('says plainly that nothing in the run concerns a file it never touched, and cites nothing', async () => {
    const ghost = 'src/inventory/warehouse.py';
    expect(record.traces.some((t) => JSON.stringify(t).includes('warehouse'))).toBe(false);

    const result = await askRun({ record, question: `Why did you change line 3 of ${ghost}?` });

    expect(result.citations).toEqual([]);
    expect(result.answer).toMatch(new RegExp(`^Nothing in this run touched ${ghost}\\.`));
    expect(result.answer).toContain('what failed in iteration 1?');
  });

  it('says so for an iteration the run never reached, and for a question the run cannot answer', async () => {
    const beyond = record.ciEvents.length + 1;

    const missing = await askRun({ record, question: `what failed in iteration ${beyond}?` });
    const unrelated = await askRun({ record, question: 'what is the weather in Paris?' });

    expect(missing.citations).toEqual([]);
    expect(missing.answer).toMatch(/^Nothing in this run happened in CI iteration/);
    expect(unrelated.citations).toEqual([]);
    expect(unrelated.answer).toMatch(/^Nothing in this run matches that question\./);
  });

  it('answers the score from the run, citing the score step', async () => {
    const scoreStep = record.traces.find((t) => t.action_type === 'score')!;

    const result = await askRun({ record, question: 'What was the score?' });

    expect(result.citations.map((c) => c.stepIndex)).toEqual([scoreStep.step_index]);
    expect(result.answer).toContain(`scored ${record.run.final_score}`);
  });

  it('lists what was fixed of one bug type, citing each fix\'s commit', async () => {
    const fix = record.fixes.find((row) => row.status === 'applied' && row.bug_type === 'IMPORT')!;

    const result = await askRun({ record, question: 'Which import errors did you fix?' });

    expect(result.citations.map((c) => c.stepIndex)).toEqual([stepOfFix(fix.fix_id, 'commit')!.step_index]);
    expect(result.answer).toContain(`IMPORT error in ${fix.file_path} line ${fix.line_number} → Fix: ${fix.fix_description}`);
  });
});

/** The step numbers quoted inside the data fence of the request's user message. */
function fencedSteps(body: ChatBody): number[] {
  const user = body.messages.find((message) => message.role === 'user')!.content;
  const section = user.slice(user.indexOf('## Steps of the run'));
  const fenced = /^(`{3,})text\n([\s\S]*?)\n\1$/m.exec(section);
  if (!fenced) return [];
  return [...fenced[2].matchAll(/^\[step (\d+)\]/gm)].map((match) => Number(match[1]));
}

/** Answers one chat completion with what `answer` makes of the request body; the bodies are kept. */
function answerWith(answer: (body: ChatBody) => string, bodies: ChatBody[] = []): nock.Scope {
  return nock(LLM_HOST)
    .post(COMPLETIONS)
    .reply(200, (_uri, raw) => {
      const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as ChatBody;
      bodies.push(body);
      return completion(answer(body), body.model);
    });
}

describe('asking a healed run, phrased by a model (OpenAI chat completions)', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('sends the question and the retrieved steps inside data fences, and returns the model\'s cited answer', async () => {
    const fix = record.fixes.find((row) => row.status === 'applied')!;
    const propose = stepOfFix(fix.fix_id, 'propose_patch')!;
    const bodies: ChatBody[] = [];
    const scope = answerWith(() => `Because ${fix.description} [step ${propose.step_index}].`, bodies);
    const question = `Why did you change line ${fix.line_number} of ${fix.file_path}?`;

    const result = await askRun({ record, question, llm: testSession() });

    scope.done();
    const [body] = bodies;
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(body.messages[0].content).toMatch(/untrusted data/);
    const steps = fencedSteps(body);
    expect(steps).toContain(propose.step_index);
    expect(steps).toContain(stepOfFix(fix.fix_id, 'patch_verified')!.step_index);
    expect(body.messages[1].content).toContain(`${'`'.repeat(3)}text\n${question}\n`);
    expect(result).toEqual({
      answer: `Because ${fix.description} [step ${propose.step_index}].`,
      citations: [{ stepIndex: propose.step_index, node: 'fix', action: 'propose_patch', label: propose.action_label }],
      mode: 'llm',
    });
  });

  it('removes a citation of a step it was not given', async () => {
    const fix = record.fixes.find((row) => row.status === 'applied')!;
    const propose = stepOfFix(fix.fix_id, 'propose_patch')!;
    let notGiven = -1;
    const scope = answerWith((body) => {
      const given = fencedSteps(body);
      notGiven = record.traces.map((t) => t.step_index).find((step) => !given.includes(step))!;
      return `It was ${fix.fix_description} [step ${propose.step_index}], see also [step ${notGiven}].`;
    });

    const result = await askRun({ record, question: `Why did you change line ${fix.line_number} of ${fix.file_path}?`, llm: testSession() });

    scope.done();
    expect(notGiven).toBeGreaterThanOrEqual(0);
    expect(result.mode).toBe('llm');
    expect(result.answer).toBe(`It was ${fix.fix_description} [step ${propose.step_index}], see also.`);
    expect(result.citations.map((c) => c.stepIndex)).toEqual([propose.step_index]);
  });

  it('falls back to the retrieval answer when the API rejects the key (401)', async () => {
    const question = 'What failed in iteration 1?';
    const plain = await askRun({ record, question });
    const scope = nock(LLM_HOST).post(COMPLETIONS).reply(401, BAD_KEY);

    const result = await askRun({ record, question, llm: testSession() });

    scope.done();
    expect(result.mode).toBe('retrieval');
    expect(result.answer).toBe(plain.answer);
    expect(result.citations).toEqual(plain.citations);
    expect(result.fallback).toMatch(/LLM_API_KEY/);
  });

  it('falls back to the retrieval answer when the model cites none of the steps it was given', async () => {
    const question = 'What was the score?';
    const plain = await askRun({ record, question });
    const scope = answerWith(() => 'The score was excellent, trust me [step 100000].');

    const result = await askRun({ record, question, llm: testSession() });

    scope.done();
    expect(result).toMatchObject({ mode: 'retrieval', answer: plain.answer, fallback: 'the model answer cited none of the steps it was given' });
  });

  it('does not ask the model when nothing in the run matches', async () => {
    const result = await askRun({ record, question: 'Why did you change line 3 of src/inventory/warehouse.py?', llm: testSession() });

    expect(result.mode).toBe('retrieval');
    expect(result.citations).toEqual([]);
    expect(result.fallback).toBe('nothing in the run matches the question');
  });
});
