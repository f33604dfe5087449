// POST /api/runs/:id/ask: a question in plain words about a run the viewer can read, answered from
// the run's own steps (src/ask), phrased by the configured model when there is one. Behind the
// sign-in and the CSRF check of every /api write (api-routes.ts).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { askRun, loadRunRecord } from '../../ask/index.ts';
import { createLlmSession, createProvider, type LlmConfig } from '../../llm/index.ts';
import type { DashboardContext } from '../context.ts';
import { HttpError, parseInput } from '../http-error.ts';
import { findVisibleRun } from '../visible-runs.ts';
import { RUN_ID } from './runs-routes.ts';

/** What one question may cost at most, whatever the run budget: an answer is a few sentences. */
export const ASK_BUDGET_USD = 0.05;

const askParams = z.object({ id: z.string().regex(RUN_ID, 'must be a run id (a UUID)') });
const askBody = z.object({ question: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters') });

/** Registers POST /runs/:id/ask. */
export function askRoutes(ctx: DashboardContext, llm: LlmConfig | null) {
  // One client for every question; a session per question, so each has its own small budget.
  const provider = llm ? createProvider(llm) : null;
  return async (api: FastifyInstance): Promise<void> => {
    api.post('/runs/:id/ask', async (request) => {
      const { id } = parseInput(askParams, request.params);
      const { question } = parseInput(askBody, request.body ?? {});
      const visible = await findVisibleRun(ctx.visibleRuns, request.viewer!, id.toLowerCase());
      if (!visible) throw new HttpError(404, 'run not found');
      const record = await loadRunRecord(ctx.db, visible.run.run_id);
      if (!record) throw new HttpError(404, 'run not found');
      const session = llm && provider ? createLlmSession({ provider, config: { ...llm, budgetUsd: Math.min(llm.budgetUsd, ASK_BUDGET_USD) }, logger: ctx.logger }) : null;
      const result = await askRun({ record, question, llm: session, logger: ctx.logger });
      return { run_id: visible.run.run_id, question, ...result };
    });
  };
}
