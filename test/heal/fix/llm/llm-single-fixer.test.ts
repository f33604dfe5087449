import { describe, expect, it } from 'vitest';
import { llmSingleFixer } from '../../../../src/heal/fix/llm/index.ts';
import { runWholeCheck } from '../../../../src/heal/fix/logic/check-run.ts';
import { nock, useStrictHttpMock } from '../../../helpers/http-mock.ts';
import { answerInOrder, BAD_KEY, BUGGY_LINE, COMPLETIONS, LLM_HOST, MODULE, RIGHT_LINE, searchReplace, testSession, useShopCheck, WRONG_LINE, type ChatBody } from './openai-wire.ts';

const RIGHT = searchReplace(MODULE, BUGGY_LINE, RIGHT_LINE, 'Take the discount off as a fraction of the subtotal.');
const WRONG = searchReplace(MODULE, BUGGY_LINE, WRONG_LINE, 'double the discount');

describe('llmSingleFixer on a Python repository (real pytest, real sandbox, OpenAI wire format)', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });
  const shop = useShopCheck();

  it('returns the first answer once the check passes with it, with its model and cost', async () => {
    const bodies: ChatBody[] = [];
    const scope = answerInOrder([RIGHT], bodies);
    const session = testSession();

    const result = await llmSingleFixer({ session, runner: shop.setup.runner }).fix(shop.failure, shop.setup.workspace);

    scope.done();
    expect(result.kind).toBe('patch');
    const patch = result.kind === 'patch' ? result.patch : null;
    expect(patch?.edits.map((e) => e.file)).toEqual([MODULE]);
    expect(patch?.edits[0].after).toContain(`${RIGHT_LINE}\n`);
    expect(patch?.edits[0].after).not.toContain(BUGGY_LINE);
    expect(patch?.description).toBe('take the discount off as a fraction of the subtotal');
    expect(patch?.line).toBe(8);
    expect(patch?.confidence).toBe(0.8);
    expect(patch?.llm).toEqual({ model: 'gpt-4o-mini-2024-07-18', costUsd: session.spentUsd() });
    expect(session.spentUsd()).toBeGreaterThan(0);
    expect(patch?.reason).toMatch(/^llm_single: gpt-4o-mini-2024-07-18 found it at the first answer; `python -m pytest -q` passes with it \(1 call\(s\), \$0\.\d{4}\)\.$/);
    expect(bodies[0].model).toBe('gpt-4o-mini');
    expect(bodies[0].temperature).toBe(0);
    expect(bodies[0].messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(bodies[0].messages[1].content).toContain('- test: tests/test_pricing.py::test_half_off');
    const after = await runWholeCheck(shop.setup.runner, shop.setup.check, shop.setup.workspace.root, patch!.edits);
    expect(after.passed).toBe(true);
  });

  it('feeds a failed answer back with the new output, and returns the second answer', async () => {
    const bodies: ChatBody[] = [];
    const scope = answerInOrder([WRONG, RIGHT], bodies);
    const session = testSession();

    const result = await llmSingleFixer({ session, runner: shop.setup.runner }).fix(shop.failure, shop.setup.workspace);

    scope.done();
    expect(result.kind).toBe('patch');
    const patch = result.kind === 'patch' ? result.patch : null;
    expect(patch?.edits[0].after).toContain(RIGHT_LINE);
    expect(patch?.confidence).toBe(0.65);
    expect(patch?.reason).toContain('found it after 1 round(s) of test feedback');
    expect(patch?.llm?.costUsd).toBeCloseTo(session.spentUsd(), 10);
    const second = bodies[1].messages;
    expect(second.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(second[2].content).toBe(WRONG);
    expect(second[3].content).toMatch(/^That did not work: `python -m pytest -q` still fails with it/);
    // The output of the run with the wrong answer in place (19.0), not the original one (19.5).
    expect(second[3].content).toContain('assert 19.0 == 10');
    expect(second[1].content).toContain('assert 19.5 == 10');
    expect(second[1].content).not.toContain('assert 19.0 == 10');
  });

  it('declines when no answer works within the rounds, saying what each did', async () => {
    const bodies: ChatBody[] = [];
    const noBlock = 'The discount looks wrong; multiply instead.';
    const scope = answerInOrder([WRONG, noBlock], bodies);

    const result = await llmSingleFixer({ session: testSession(), runner: shop.setup.runner, feedbackRounds: 1 }).fix(shop.failure, shop.setup.workspace);

    scope.done();
    expect(result.kind).toBe('decline');
    const reason = result.kind === 'decline' ? result.reason : '';
    expect(reason).toMatch(/^2 answer\(s\) of gpt-4o-mini-2024-07-18, none verified \(\$0\.\d{4}\): /);
    expect(reason).toContain('answer 1: `python -m pytest -q` still fails with it');
    expect(reason).toContain('answer 2: the answer holds no SEARCH/REPLACE block');
    expect(bodies).toHaveLength(2);
  });

  it('declines, naming the key, when the API rejects it, and asks nothing more in that session', async () => {
    const scope = nock(LLM_HOST).post(COMPLETIONS).reply(401, BAD_KEY);
    const session = testSession();
    const fixer = llmSingleFixer({ session, runner: shop.setup.runner });

    const first = await fixer.fix(shop.failure, shop.setup.workspace);
    const second = await fixer.fix(shop.failure, shop.setup.workspace);

    scope.done();
    expect(first.kind).toBe('decline');
    expect(first.kind === 'decline' ? first.reason : '').toMatch(/^the model could not be asked: .*rejected the API key.*LLM_API_KEY/);
    expect(second.kind === 'decline' ? second.reason : '').toMatch(/^the LLM session has stopped: .*LLM_API_KEY/);
    expect(session.stoppedReason()).not.toBeNull();
  });
});
