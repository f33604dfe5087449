// `npm run bench --llm` (or `npm run bench -- --llm`): the LOGIC corpus healed by the LLM strategies
// of a configured provider (LLM_PROVIDER...), alone: each case's .github/rift.yml keeps only them, so
// the figures are the models' and not the mutation search's. Without a provider, or with one that
// does not answer a one-word probe, the section says it was skipped and why; nothing is spent.
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { createProvider, readLlmConfig, type LlmConfig } from '../src/llm/index.ts';
import type { BenchCase } from './corpus/index.ts';
import { logicCases } from './corpus/logic-cases.ts';
import { median } from './measure.ts';
import { describeCase, runCase, type CaseServices } from './run-case.ts';
import type { CaseOutcome } from './summary.ts';

export interface LlmFigures {
  provider: string;
  model: string;
  cases: number;
  healed: number;
  totalCostUsd: number;
  /** null when nothing was healed. */
  costPerHealedUsd: number | null;
  medianWallMs: number;
  medianHealedWallMs: number | null;
}

export type LlmSection = { figures: LlmFigures; outcomes: CaseOutcome[] } | { skipped: string };

const LLM_ONLY = ['llm_single', 'llm_consensus'];

/** Runs the section against the environment's provider; `skipped` when there is none or it does not answer. */
export async function runLlmSection(services: Omit<CaseServices, 'llm' | 'knowledgeBase'>, env: NodeJS.ProcessEnv = process.env): Promise<LlmSection> {
  const config = readLlmConfig(env);
  if (!config) return { skipped: 'no LLM provider is configured (set LLM_PROVIDER, LLM_MODEL, LLM_API_KEY or LLM_BASE_URL)' };
  const unreachable = await probe(config);
  if (unreachable) return { skipped: `${config.provider} model ${config.model} did not answer a probe: ${unreachable}` };
  console.log(`RIFT bench --llm: the LOGIC corpus by ${config.provider} ${config.model}${config.consensusModel ? ` and ${config.consensusModel}` : ''}, LLM strategies only, knowledge base off`);
  const outcomes: CaseOutcome[] = [];
  for (const c of logicCases()) {
    // No knowledge base: a replay of an earlier run's fix would not be the model's work.
    const outcome = await runCase(withLlmOnly(c), { ...services, llm: config });
    outcomes.push(outcome);
    console.log(`${describeCase(outcome)}\n      cost $${(outcome.llmCostUsd ?? 0).toFixed(4)}`);
  }
  return { figures: llmFigures(config, outcomes), outcomes };
}

/** The section's figures from its outcomes. */
export function llmFigures(config: Pick<LlmConfig, 'provider' | 'model'>, outcomes: CaseOutcome[]): LlmFigures {
  const healed = outcomes.filter((o) => o.healed);
  const totalCostUsd = outcomes.reduce((sum, o) => sum + (o.llmCostUsd ?? 0), 0);
  return {
    provider: config.provider,
    model: config.model,
    cases: outcomes.length,
    healed: healed.length,
    totalCostUsd,
    costPerHealedUsd: healed.length ? totalCostUsd / healed.length : null,
    medianWallMs: median(outcomes.map((o) => o.wallMs)),
    medianHealedWallMs: healed.length ? median(healed.map((o) => o.wallMs)) : null,
  };
}

/** The printed lines. */
export function formatLlmSection(section: LlmSection): string {
  if ('skipped' in section) return `LLM section skipped: ${section.skipped}`;
  const f = section.figures;
  return [
    `LLM (${f.provider} ${f.model}): healed ${f.healed}/${f.cases} LOGIC cases`,
    `  cost $${f.totalCostUsd.toFixed(4)} in all, ${f.costPerHealedUsd === null ? 'no case healed' : `$${f.costPerHealedUsd.toFixed(4)} per healed case`}`,
    `  median wall ${(f.medianWallMs / 1000).toFixed(2)} s per case${f.medianHealedWallMs === null ? '' : `, ${(f.medianHealedWallMs / 1000).toFixed(2)} s per healed case`}`,
  ].join('\n');
}

// The case with only the LLM strategies left in its .github/rift.yml (its other settings kept).
export function withLlmOnly(c: BenchCase): BenchCase {
  const settings = (parseYaml(c.files['.github/rift.yml'] ?? '') ?? {}) as Record<string, unknown>;
  return { ...c, files: { ...c.files, '.github/rift.yml': stringifyYaml({ ...settings, strategies: LLM_ONLY }) } };
}

// One tiny completion: a wrong key or an unreachable server is found before any case is healed.
async function probe(config: LlmConfig): Promise<string | null> {
  try {
    await createProvider(config).complete({ messages: [{ role: 'user', content: 'Reply with the word OK.' }], maxTokens: 5 });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
