// Runs the real pipeline for a test: a real database (the run's PostgreSQL or PGlite), real git,
// the real sandbox, memory runtime state, and a temp output and work directory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { healRun, prepareHeal, type HealOutcome, type HealRequest } from '../../src/heal/pipeline.ts';
import type { StepEvent } from '../../src/heal/record/recorder.ts';
import type { Exploration } from '../../src/heal/steps/choose-strategies.ts';
import type { LlmConfig } from '../../src/llm/index.ts';
import type { RuntimeState } from '../../src/runtime/runtime-state.ts';
import { createSandbox } from '../../src/heal/sandbox/index.ts';
import type { Fixer } from '../../src/heal/types.ts';
import type { KnowledgeBase } from '../../src/heal/fix/kb/types.ts';
import { silentLogger } from '../../src/log.ts';
import { createMemoryState } from '../../src/runtime/memory-state.ts';
import { openTestDatabase } from './test-db.ts';

export interface HealHarness {
  outputDir: string;
  workRoot: string;
  steps: StepEvent[];
  heal(target: string, request?: Partial<HealRequest>, options?: { fixers?: Fixer[]; knowledgeBase?: KnowledgeBase; exploration?: Exploration; llm?: LlmConfig; runtime?: RuntimeState }): Promise<HealOutcome>;
  cleanup(): void | Promise<void>;
}

/** A harness over `db`; each heal records its steps in `steps`. */
export function createHealHarness(db: Knex): HealHarness {
  const base = mkdtempSync(path.join(tmpdir(), 'rift-heal-'));
  const outputDir = path.join(base, 'outputs');
  const workRoot = path.join(base, 'work');
  const steps: StepEvent[] = [];
  return {
    outputDir,
    workRoot,
    steps,
    async heal(target, request = {}, options = {}) {
      const sandbox = await createSandbox({ env: process.env, logger: silentLogger });
      const prepared = await prepareHeal({ target, team: 'Code Warriors', leader: 'John Doe', outputDir, pdf: false, ...request });
      return healRun(
        prepared,
        { db, runtime: options.runtime ?? createMemoryState(), logger: silentLogger, sandbox, workRoot, fixers: options.fixers, knowledgeBase: options.knowledgeBase, exploration: options.exploration, llm: options.llm, onStep: (e) => steps.push(e) },
      );
    },
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}

/** A harness on its own connection to the run's test database; cleanup closes both. */
export async function openHealHarness(): Promise<HealHarness & { db: Knex }> {
  const database = await openTestDatabase();
  const harness = createHealHarness(database.db);
  return {
    ...harness,
    db: database.db,
    async cleanup() {
      harness.cleanup();
      await database.cleanup();
    },
  };
}
