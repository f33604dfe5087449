// The LLM settings, read from the environment it is given (a pure function, like readEnv). RIFT
// works without a model: no LLM_PROVIDER means no LLM strategies, not an error.
import { z } from 'zod';
import { BadInputError } from '../errors/index.ts';
import { DEFAULT_PRICES, type PriceTable } from './pricing.ts';
import type { LlmProviderName } from './types.ts';

export interface LlmConfig {
  provider: LlmProviderName;
  /** An OpenAI-compatible server (Azure, Ollama, vLLM, llama.cpp, LM Studio) or an Anthropic proxy; the vendor's own API when unset. */
  baseUrl?: string;
  /** Unset only for an OpenAI-compatible server at `baseUrl` that takes no key. */
  apiKey?: string;
  model: string;
  /** The second model consensus asks, when configured. */
  consensusModel?: string;
  /** How long one attempt may take before it is abandoned. */
  timeoutMs: number;
  /** Retries of a 429, 5xx or connection failure, with the SDK's exponential backoff. */
  maxRetries: number;
  /** USD a run may spend on models (the issue's llm_budget_usd); 0 turns LLM use off. */
  budgetUsd: number;
  /** The default price table with LLM_PRICES applied on top. */
  prices: PriceTable;
}

export const LLM_DEFAULTS = { timeoutMs: 60_000, maxRetries: 2, budgetUsd: 1 } as const;

const PROVIDERS: readonly LlmProviderName[] = ['openai', 'anthropic'];

const priceOverrides = z.record(
  z.string().min(1),
  z.object({ input: z.number().nonnegative(), output: z.number().nonnegative() }).strict(),
);

/** The LLM configuration, or null when LLM_PROVIDER is unset; a bad value throws a BadInputError naming its variable. */
export function readLlmConfig(env: NodeJS.ProcessEnv = process.env): LlmConfig | null {
  const provider = text(env.LLM_PROVIDER)?.toLowerCase();
  if (provider === undefined) return null;
  if (!isProvider(provider)) {
    throw new BadInputError(
      `LLM_PROVIDER must be "openai" or "anthropic", not "${provider}" (Ollama, vLLM, llama.cpp, LM Studio and Azure are "openai" with LLM_BASE_URL)`,
    );
  }
  const model = text(env.LLM_MODEL);
  if (!model) throw new BadInputError(`LLM_MODEL is required when LLM_PROVIDER is set (e.g. ${exampleModel(provider)})`);
  const baseUrl = readBaseUrl(env.LLM_BASE_URL);
  const apiKey = text(env.LLM_API_KEY);
  if (!apiKey && (provider === 'anthropic' || !baseUrl)) {
    throw new BadInputError(
      `LLM_API_KEY is required for LLM_PROVIDER=${provider}${provider === 'openai' ? ' (only a local server at LLM_BASE_URL may go without)' : ''}`,
    );
  }
  return {
    provider,
    baseUrl,
    apiKey,
    model,
    consensusModel: text(env.LLM_CONSENSUS_MODEL),
    timeoutMs: readNumber(env, 'LLM_TIMEOUT_MS', LLM_DEFAULTS.timeoutMs, { whole: true, min: 1 }),
    maxRetries: readNumber(env, 'LLM_MAX_RETRIES', LLM_DEFAULTS.maxRetries, { whole: true, min: 0, max: 10 }),
    budgetUsd: readNumber(env, 'LLM_BUDGET_USD', LLM_DEFAULTS.budgetUsd, { whole: false, min: 0 }),
    prices: { ...DEFAULT_PRICES, ...readPrices(env.LLM_PRICES) },
  };
}

// A blank variable counts as unset, as in readEnv.
function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function isProvider(value: string): value is LlmProviderName {
  return (PROVIDERS as readonly string[]).includes(value);
}

function exampleModel(provider: LlmProviderName): string {
  return provider === 'openai' ? 'gpt-4o-mini' : 'claude-sonnet-4-20250514';
}

// Checked now, so a typo fails at start-up rather than as a connection error on the first fix.
function readBaseUrl(value: string | undefined): string | undefined {
  const raw = text(value);
  if (raw === undefined) return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new BadInputError(`LLM_BASE_URL must be an http(s) URL such as http://localhost:11434/v1, not "${raw}"`);
  }
  return raw;
}

interface NumberRule {
  whole: boolean;
  min: number;
  max?: number;
}

// A number within the rule's range, `fallback` when unset; the message names the variable and the range.
function readNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, rule: NumberRule): number {
  const raw = text(env[name]);
  if (raw === undefined) return fallback;
  const pattern = rule.whole ? /^\d+$/ : /^\d+(?:\.\d+)?$/;
  const value = Number(raw);
  if (!pattern.test(raw) || value < rule.min || (rule.max !== undefined && value > rule.max)) {
    const kind = rule.whole ? 'a whole number' : 'a number';
    const range = rule.max === undefined ? `${rule.min} or more` : `from ${rule.min} to ${rule.max}`;
    throw new BadInputError(`${name} must be ${kind}, ${range}, not "${raw}"`);
  }
  return value;
}

// LLM_PRICES: {"model": {"input": usd_per_million, "output": usd_per_million}}.
function readPrices(value: string | undefined): PriceTable {
  const raw = text(value);
  if (raw === undefined) return {};
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new BadInputError('LLM_PRICES must be JSON such as {"my-model": {"input": 0.5, "output": 1.5}} (USD per million tokens)');
  }
  const parsed = priceOverrides.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
    throw new BadInputError(`LLM_PRICES must map model ids to {"input": n, "output": n} in USD per million tokens: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The configuration for one repository's run: its `.github/rift.yml` budget may lower the operator's, never raise it. */
export function withRepoBudget(config: LlmConfig, repoBudgetUsd: number | null): LlmConfig {
  return repoBudgetUsd === null ? config : { ...config, budgetUsd: Math.min(config.budgetUsd, repoBudgetUsd) };
}
