// The run a request names by `:id`, when the viewer may read it. A run of a repository the viewer cannot
// read answers 404, exactly like a run that does not exist.
import { z } from 'zod';
import type { DashboardContext } from '../context.ts';
import { HttpError, parseInput } from '../http-error.ts';
import type { Viewer } from '../session.ts';
import { findVisibleRun, type VisibleRun } from '../visible-runs.ts';

export const RUN_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const runParams = z.object({ id: z.string().regex(RUN_ID, 'must be a run id (a UUID)') });

/** The run of the route's `:id`; 400 for a malformed id, 404 when missing or unreadable. */
export async function visibleRunOf(ctx: DashboardContext, viewer: Viewer, params: unknown): Promise<VisibleRun> {
  const { id } = parseInput(runParams, params);
  const found = await findVisibleRun(ctx.visibleRuns, viewer, id.toLowerCase());
  if (!found) throw new HttpError(404, 'run not found');
  return found;
}
