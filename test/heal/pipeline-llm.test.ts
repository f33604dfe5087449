import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLlmConfig } from '../../src/llm/index.ts';
import { createMemoryState } from '../../src/runtime/memory-state.ts';
import { getRun, listFixes, listTraces } from '../../src/store/index.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { openHealHarness } from '../helpers/heal-harness.ts';
import { useStrictHttpMock } from '../helpers/http-mock.ts';
import { answerInOrder, BUGGY_LINE, LLM_HOST, MODULE, RIGHT_LINE, searchReplace, shopRepository, type ChatBody } from './fix/llm/openai-wire.ts';

let harness: Awaited<ReturnType<typeof openHealHarness>>;

beforeAll(async () => {
  harness = await openHealHarness();
});

afterAll(() => harness.cleanup());

const LLM = readLlmConfig({ LLM_PROVIDER: 'openai', LLM_BASE_URL: `${LLM_HOST}/v1`, LLM_API_KEY: 'sk-test-0123456789abcdef', LLM_MODEL: 'gpt-4o-mini', LLM_MAX_RETRIES: '0' })!;

// Only the single-answer strategy, so the run asks the model once and the mutation search does not run first.
function shopWithOnlyLlmSingle(): Record<string, string> {
  return { ...shopRepository(), '.github/rift.yml': 'strategies: [llm_single]\n' };
}

describe('a heal with a model configured', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('fixes a LOGIC bug with llm_single, and records the model and what it cost on the fix, the run and the live state', async () => {
    const repo = makeRepo(shopWithOnlyLlmSingle());
    const bodies: ChatBody[] = [];
    const scope = answerInOrder([searchReplace(MODULE, BUGGY_LINE, RIGHT_LINE, 'take the discount off as a fraction')], bodies);
    const runtime = createMemoryState();

    const outcome = await harness.heal(repo.dir, {}, { llm: LLM, runtime });

    scope.done();
    const runId = outcome.results.run_id;
    expect(outcome.results.final_status).toBe('PASSED');
    const [fix] = (await listFixes(harness.db, runId)).filter((f) => f.status === 'applied');
    expect(fix).toMatchObject({ bug_type: 'LOGIC', file_path: MODULE, model_used: 'gpt-4o-mini-2024-07-18' });
    expect(fix.token_cost_usd).toBeGreaterThan(0);
    const run = await getRun(harness.db, runId);
    expect(run!.total_llm_cost_usd).toBeCloseTo(fix.token_cost_usd!, 6);
    expect(Number(await runtime.getField(runId, 'cost_usd'))).toBeCloseTo(fix.token_cost_usd!, 6);
    const plan = (await listTraces(harness.db, runId)).find((t) => t.action_type === 'choose_strategy');
    expect((plan!.payload as { order: string[] }).order).toEqual(['llm_single']);
    const calls = (await listTraces(harness.db, runId)).filter((t) => t.action_type === 'llm_call');
    expect(calls).toHaveLength(1);
    const call = calls[0].payload as { model: string; messages: Array<{ role: string; content: string }>; answer: string };
    expect(call.model).toBe('gpt-4o-mini-2024-07-18');
    expect(call.messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(call.messages[1].content).toContain(BUGGY_LINE.trim());
    expect(call.answer).toContain(RIGHT_LINE);
    expect(repo.git('show', `${outcome.results.branch_name}:${MODULE}`)).toContain(RIGHT_LINE);
    repo.cleanup();
  });

  it('without a model, leaves the failure unresolved and says a model might fix it', async () => {
    const repo = makeRepo(shopWithOnlyLlmSingle());

    const outcome = await harness.heal(repo.dir, { maxIterations: 1 });

    expect(outcome.results.final_status).toBe('FAILED');
    const logic = outcome.results.unresolved!.filter((u) => u.bug_type === 'LOGIC');
    expect(logic.length).toBeGreaterThan(0);
    for (const u of logic) expect(u.reason).toMatch(/no LLM is configured: an LLM strategy might fix it/);
    expect((await getRun(harness.db, outcome.results.run_id))!.total_llm_cost_usd).toBe(0);
    repo.cleanup();
  });
});
