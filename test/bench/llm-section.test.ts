// The bench's --llm section (bench/llm-section.ts): its figures and the skip without a provider.
import { describe, expect, it } from 'vitest';
import { formatLlmSection, llmFigures, runLlmSection, withLlmOnly } from '../../bench/llm-section.ts';
import { parseRepoConfig } from '../../src/config/repo-config.ts';
import type { BenchCase } from '../../bench/corpus/index.ts';
import type { CaseOutcome } from '../../bench/summary.ts';

function outcome(name: string, healed: boolean, wallMs: number, llmCostUsd: number): CaseOutcome {
  return {
    name,
    kind: 'relational',
    bugType: 'LOGIC',
    classifiedRight: true,
    healed,
    finalStatus: healed ? 'PASSED' : 'FAILED',
    wallMs,
    checkMs: 1000,
    verifyMs: 0,
    overheadMs: wallMs - 1000,
    reported: [],
    unresolved: [],
    protectedTouched: [],
    llmCostUsd,
  };
}

const CONFIG = { provider: 'openai' as const, model: 'gpt-4o-mini' };

describe('the --llm bench section', () => {
  it('counts the cost of every case, healed or not, against the healed ones', () => {
    const outcomes = [outcome('a', true, 10_000, 0.002), outcome('b', false, 30_000, 0.004), outcome('c', true, 20_000, 0.003)];

    const figures = llmFigures(CONFIG, outcomes);

    expect(figures).toMatchObject({ cases: 3, healed: 2, medianWallMs: 20_000, medianHealedWallMs: 15_000 });
    expect(figures.totalCostUsd).toBeCloseTo(0.009, 9);
    expect(figures.costPerHealedUsd).toBeCloseTo(0.0045, 9);
    expect(formatLlmSection({ figures, outcomes })).toContain('healed 2/3 LOGIC cases');
  });

  it('has no cost per healed case when nothing was healed', () => {
    const figures = llmFigures(CONFIG, [outcome('a', false, 5_000, 0.01)]);

    expect(figures.costPerHealedUsd).toBeNull();
    expect(formatLlmSection({ figures, outcomes: [] })).toContain('no case healed');
  });

  it('is skipped, saying why, when no provider is configured', async () => {
    const section = await runLlmSection({ db: null as never, sandbox: null as never, base: '/nonexistent' }, {});

    expect(section).toEqual({ skipped: expect.stringContaining('no LLM provider is configured') });
    expect(formatLlmSection(section)).toMatch(/^LLM section skipped: /);
  });

  it('leaves a case only the LLM strategies, keeping its other rift.yml settings', () => {
    const c = { name: 'js-case', files: { '.github/rift.yml': 'ci_command:\n  - node --test test/\nstrategies:\n  - rule_first\n', 'a.js': '' } } as unknown as BenchCase;
    const bare = { name: 'py-case', files: { 'a.py': '' } } as unknown as BenchCase;

    const config = parseRepoConfig(withLlmOnly(c).files['.github/rift.yml']);
    const bareConfig = parseRepoConfig(withLlmOnly(bare).files['.github/rift.yml']);

    expect(config.strategies).toEqual(['llm_single', 'llm_consensus']);
    expect(config.ci_command).toEqual(['node --test test/']);
    expect(bareConfig.strategies).toEqual(['llm_single', 'llm_consensus']);
    expect(withLlmOnly(c).files['a.js']).toBe('');
  });
});
