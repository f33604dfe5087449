// The LOGIC section's second pass: every LOGIC case healed again on the database of the first pass,
// whose knowledge base now holds the fixes CI confirmed there. Nothing is reset in between: what
// makes the second pass faster must be what the engine learnt by itself.
import type { BenchCase } from './corpus/index.ts';
import { formatWarm, summarizeWarm, type WarmSummary } from './logic-warm-summary.ts';
import { describeCase, runCase, type CaseServices } from './run-case.ts';
import type { CaseOutcome } from './summary.ts';

export interface WarmPass {
  summary: WarmSummary;
  cases: CaseOutcome[];
}

/** Heals the LOGIC cases of `cold` again and judges the pass; `skipped` without a knowledge base to warm. */
export async function runWarmPass(cases: BenchCase[], cold: CaseOutcome[], services: CaseServices): Promise<WarmPass | { skipped: string }> {
  if (!services.knowledgeBase) return { skipped: 'the knowledge base is off (RIFT_KB=off, or a PostgreSQL database without RIFT_KB=on)' };
  console.log('\nRIFT bench, LOGIC with the knowledge base warm: the same cases again, on the same database');
  const logic = cases.filter((c) => c.bug.bugType === 'LOGIC' && cold.some((o) => o.name === c.name));
  const warm: CaseOutcome[] = [];
  for (const c of logic) {
    const outcome = await runCase(c, services);
    warm.push(outcome);
    console.log(describeCase(outcome));
  }
  return { summary: summarizeWarm(cold, warm), cases: warm };
}

/** The section as printed after the first pass's summary. */
export function formatWarmPass(pass: WarmPass | { skipped: string }): string {
  if ('skipped' in pass) return `MISS  KB-warm second pass >= 5x faster, same cases healed: not measured: ${pass.skipped}`;
  return `LOGIC, second pass with the knowledge base warm\n${formatWarm(pass.summary)}`;
}
