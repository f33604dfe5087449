// What a call costs: a table of list prices (USD per million tokens) for well-known models of both
// vendors, which LLM_PRICES extends or overrides. A model the table does not know costs 0 and is
// reported as unpriced, so a local server is free and an unlisted cloud model is visible in the logs.
import type { TokenUsage } from './types.ts';

export interface ModelPrice {
  /** USD per million input (prompt) tokens. */
  input: number;
  /** USD per million output (completion) tokens. */
  output: number;
}

/** Prices by model id or id prefix; the longest prefix wins, so dated ids match their family. */
export type PriceTable = Record<string, ModelPrice>;

export interface ModelCost {
  usd: number;
  /** False when no entry of the table matches the model (its cost is counted as 0). */
  known: boolean;
}

// The vendors' published list prices (standard tier, no cache discounts) when this table was written.
export const DEFAULT_PRICES: PriceTable = {
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  o3: { input: 2, output: 8 },
  'o3-mini': { input: 1.1, output: 4.4 },
  'o4-mini': { input: 1.1, output: 4.4 },
  'claude-opus-4': { input: 15, output: 75 },
  'claude-opus-4-5': { input: 5, output: 25 },
  'claude-sonnet-4': { input: 3, output: 15 },
  'claude-3-7-sonnet': { input: 3, output: 15 },
  'claude-3-5-sonnet': { input: 3, output: 15 },
  'claude-haiku-4-5': { input: 1, output: 5 },
  'claude-3-5-haiku': { input: 0.8, output: 4 },
  'claude-3-haiku': { input: 0.25, output: 1.25 },
};

// What may follow a prefix: a date or variant (-2024-07-18), an Ollama tag (:8b), a Vertex version
// (@20250514). Not a dot, so 'gpt-4' would never price 'gpt-4.1'.
const SEPARATORS = ['-', ':', '@'];

/** The table's entry for `model`: an exact match, else the longest prefix ending at a separator. */
export function findPrice(model: string, prices: PriceTable): ModelPrice | null {
  const id = model.toLowerCase();
  let best: { key: string; price: ModelPrice } | null = null;
  for (const [key, price] of Object.entries(prices)) {
    const prefix = key.toLowerCase();
    const matches = id === prefix || (id.startsWith(prefix) && SEPARATORS.includes(id[prefix.length]));
    if (matches && (!best || prefix.length > best.key.length)) best = { key: prefix, price };
  }
  return best?.price ?? null;
}

/** The USD cost of one call's usage for `model`; 0 and known=false when the table has no price for it. */
export function costOf(model: string, usage: TokenUsage, prices: PriceTable): ModelCost {
  const price = findPrice(model, prices);
  if (!price) return { usd: 0, known: false };
  const usd = (usage.inputTokens * price.input + usage.outputTokens * price.output) / 1_000_000;
  return { usd, known: true };
}

/**
 * The cost of an answer: priced by the model asked for first (the name the user configured, and
 * perhaps priced in LLM_PRICES, such as an Azure deployment), else by the model that answered.
 */
export function costOfAnswer(asked: string, answered: string, usage: TokenUsage, prices: PriceTable): ModelCost {
  const cost = costOf(asked, usage, prices);
  return cost.known ? cost : costOf(answered, usage, prices);
}
