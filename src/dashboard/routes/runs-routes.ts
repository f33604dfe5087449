// Read-only runs API: the list (filters, paging), one run with its fixes and CI events, its trace.
// A run of a repository the viewer cannot read answers 404, exactly like a run that does not exist.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listCiEvents, listFixes, listTraces, RUN_STATUSES } from '../../store/index.ts';
import type { DashboardContext } from '../context.ts';
import { HttpError, parseInput } from '../http-error.ts';
import type { Viewer } from '../session.ts';
import { findVisibleRun, listVisibleRuns, type VisibleRun } from '../visible-runs.ts';
import { runDetail, runSummary, traceStep } from '../views.ts';

export const MAX_PER_PAGE = 100;
export const RUN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

const runParams = z.object({ id: z.string().regex(RUN_ID, 'must be a run id (a UUID)') });

/** Registers GET /runs, /runs/:id and /runs/:id/trace. */
export function runsRoutes(ctx: DashboardContext) {
  const visibleRun = async (viewer: Viewer, params: unknown): Promise<VisibleRun> => {
    const { id } = parseInput(runParams, params);
    const found = await findVisibleRun(ctx.visibleRuns, viewer, id.toLowerCase());
    if (!found) throw new HttpError(404, 'run not found');
    return found;
  };

  return async (api: FastifyInstance): Promise<void> => {
    api.get('/runs', async (request) => {
      const query = parseInput(listQuery, request.query);
      const { runs, total } = await listVisibleRuns(ctx.visibleRuns, request.viewer!, {
        status: query.status as (typeof RUN_STATUSES)[number] | undefined,
        repo: query.repo,
        page: query.page,
        perPage: query.per_page,
      });
      return { runs: runs.map(({ run, repo }) => runSummary(run, repo)), page: query.page, per_page: query.per_page, total };
    });

    api.get('/runs/:id', async (request) => {
      const { run, repo } = await visibleRun(request.viewer!, request.params);
      const [fixes, ciEvents] = await Promise.all([listFixes(ctx.db, run.run_id), listCiEvents(ctx.db, run.run_id)]);
      return runDetail(run, repo, fixes, ciEvents);
    });

    api.get('/runs/:id/trace', async (request) => {
      const { run } = await visibleRun(request.viewer!, request.params);
      const steps = await listTraces(ctx.db, run.run_id);
      return { run_id: run.run_id, steps: steps.map(traceStep) };
    });
  };
}
