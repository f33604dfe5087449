import { describe, expect, it } from 'vitest';
import { llmConsensusFixer } from '../../../../src/heal/fix/llm/index.ts';
import { nock, useStrictHttpMock } from '../../../helpers/http-mock.ts';
import { BUGGY_LINE, completion, COMPLETIONS, LLM_HOST, MODULE, RIGHT_LINE, searchReplace, testSession, useShopCheck, WRONG_LINE, type ChatBody } from './openai-wire.ts';

describe('llmConsensusFixer on a Python repository (real pytest, real sandbox, OpenAI wire format)', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });
  const shop = useShopCheck();

  it('spreads 3 samples over the two models; the two agreeing, verified answers win 2 to 1', async () => {
    // The default model answers right twice (spaced differently), the consensus model wrong once.
    const bodies: ChatBody[] = [];
    const rightAnswers = [searchReplace(MODULE, BUGGY_LINE, RIGHT_LINE, 'take the discount as a fraction'), searchReplace(MODULE, BUGGY_LINE, '    return base*(1-discount)', 'scale by one minus the discount')];
    const scope = nock(LLM_HOST)
      .post(COMPLETIONS)
      .times(3)
      .reply(200, (_uri, raw) => {
        const body = (typeof raw === 'string' ? JSON.parse(raw) : raw) as ChatBody;
        bodies.push(body);
        const content = body.model === 'gpt-4o' ? searchReplace(MODULE, BUGGY_LINE, WRONG_LINE, 'double the discount') : rightAnswers.shift()!;
        return completion(content, body.model);
      });
    const session = testSession({ LLM_CONSENSUS_MODEL: 'gpt-4o' });

    const result = await llmConsensusFixer({ session, runner: shop.setup.runner }).fix(shop.failure, shop.setup.workspace);

    scope.done();
    expect(bodies.map((b) => b.model).sort()).toEqual(['gpt-4o', 'gpt-4o-mini', 'gpt-4o-mini']);
    expect(bodies.every((b) => b.temperature === 0.7)).toBe(true);
    expect(result.kind).toBe('patch');
    const patch = result.kind === 'patch' ? result.patch : null;
    expect(patch?.edits.map((e) => e.file)).toEqual([MODULE]);
    expect(patch?.edits[0].after).not.toContain(BUGGY_LINE);
    expect(patch?.edits[0].after).toMatch(/ {4}return base ?\* ?\(1 ?- ?discount\)\n/);
    expect(patch?.confidence).toBe(0.67);
    expect(patch?.line).toBe(8);
    expect(patch?.llm?.model).toBe('gpt-4o-mini-2024-07-18');
    expect(patch?.llm?.costUsd).toBeCloseTo(session.spentUsd(), 10);
    expect(patch?.llm?.votes).toEqual({
      candidates: 3,
      parsed: 3,
      groups: [
        { size: 2, passes: true, models: ['gpt-4o-mini-2024-07-18'] },
        { size: 1, passes: false, models: ['gpt-4o-2024-08-06'], failing: ['ci:pytest|test|tests/test_pricing.py|tests/test_pricing.py::test_half_off'] },
      ],
      winner: 0,
      rejected: [],
    });
    expect(JSON.parse(JSON.stringify(patch?.llm?.votes))).toEqual(patch?.llm?.votes);
    expect(patch?.reason).toMatch(/^llm_consensus: 2 of 3 parsed candidate\(s\) \(3 asked, gpt-4o-mini, gpt-4o\) agree; `python -m pytest -q` passes with it; 2 group\(s\) in all/);
  });

  it('declines when no group passes, and records the unusable answers as reasons', async () => {
    const bodies: ChatBody[] = [];
    const answers = [searchReplace(MODULE, BUGGY_LINE, WRONG_LINE), 'I would change the return line.', searchReplace(MODULE, '    return base + discount', RIGHT_LINE)];
    const scope = nock(LLM_HOST)
      .post(COMPLETIONS)
      .times(3)
      .reply(200, (_uri, raw) => {
        bodies.push((typeof raw === 'string' ? JSON.parse(raw) : raw) as ChatBody);
        return completion(answers.shift()!);
      });

    const result = await llmConsensusFixer({ session: testSession(), runner: shop.setup.runner }).fix(shop.failure, shop.setup.workspace);

    scope.done();
    expect(result.kind).toBe('decline');
    const reason = result.kind === 'decline' ? result.reason : '';
    expect(reason).toMatch(/^3 candidate\(s\), none verified \(\$0\.\d{4}\): /);
    expect(reason).toContain('1 × `python -m pytest -q` still fails with it');
    expect(reason).toContain('gpt-4o-mini-2024-07-18: the answer holds no SEARCH/REPLACE block');
    expect(reason).toContain('gpt-4o-mini-2024-07-18: block 1 (src/shop/pricing.py): the SEARCH lines are not in the file');
    expect(bodies.map((b) => b.model)).toEqual(['gpt-4o-mini', 'gpt-4o-mini', 'gpt-4o-mini']);
  });
});
