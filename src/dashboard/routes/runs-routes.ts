// Read-only runs API: the list (filters, paging), one run with its fixes, CI events and artifacts, its
// trace, its artifact files and its live events. A run of a repository the viewer cannot read answers
// 404, exactly like a run that does not exist (run-lookup.ts).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listCiEvents, listFixes, listTraces, RUN_STATUSES } from '../../store/index.ts';
import { parseInput } from '../http-error.ts';
import { artifactLinks } from '../run-files.ts';
import type { DashboardContext } from '../context.ts';
import { traceFacts } from '../trace-facts.ts';
import { listVisibleRuns } from '../visible-runs.ts';
import { runDetail, runSummary, traceStep } from '../views.ts';
import { runEventsRoutes } from './run-events-routes.ts';
import { runFilesRoutes } from './run-files-routes.ts';
import { visibleRunOf } from './run-lookup.ts';

export { RUN_ID } from './run-lookup.ts';
export const MAX_PER_PAGE = 100;

const wholeNumber = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `must be a whole number from ${min} to ${max}`)
    .optional()
    .transform((value) => value ?? fallback);

const listQuery = z.object({
  status: z.enum(RUN_STATUSES as [string, ...string[]], { message: `must be one of ${RUN_STATUSES.join(', ')}` }).optional(),
  repo: z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, 'must be a repository as owner/name').optional(),
  page: wholeNumber(1, 1_000_000, 1),
  per_page: wholeNumber(1, MAX_PER_PAGE, 20),
});

/** Registers GET /runs, /runs/:id, /runs/:id/trace, the artifact files and /runs/:id/events. */
export function runsRoutes(ctx: DashboardContext) {
  return async (api: FastifyInstance): Promise<void> => {
    api.get('/runs', async (request) => {
      const query = parseInput(listQuery, request.query);
      const { runs, total, unchecked } = await listVisibleRuns(ctx.visibleRuns, request.viewer!, {
        status: query.status as (typeof RUN_STATUSES)[number] | undefined,
        repo: query.repo,
        page: query.page,
        perPage: query.per_page,
      });
      return { runs: runs.map(({ run, repo }) => runSummary(run, repo)), page: query.page, per_page: query.per_page, total, unchecked };
    });

    api.get('/runs/:id', async (request) => {
      const { run, repo } = await visibleRunOf(ctx, request.viewer!, request.params);
      const [fixes, ciEvents, steps, artifacts] = await Promise.all([
        listFixes(ctx.db, run.run_id),
        listCiEvents(ctx.db, run.run_id),
        listTraces(ctx.db, run.run_id),
        artifactLinks(ctx.outputDir, run.run_id),
      ]);
      return runDetail(run, repo, fixes, ciEvents, traceFacts(steps), artifacts);
    });

    api.get('/runs/:id/trace', async (request) => {
      const { run } = await visibleRunOf(ctx, request.viewer!, request.params);
      const steps = await listTraces(ctx.db, run.run_id);
      return { run_id: run.run_id, steps: steps.map(traceStep) };
    });

    await api.register(runFilesRoutes(ctx));
    await api.register(runEventsRoutes(ctx));
  };
}
