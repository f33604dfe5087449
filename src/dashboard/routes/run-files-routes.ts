// GET /api/runs/:id/results.json and /api/runs/:id/report.pdf: the run's artifacts from OUTPUT_DIR, for
// viewers who may read the run; 404 (JSON) while a file does not exist.
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../http-error.ts';
import { ARTIFACT_TYPES, readArtifact, type ArtifactName } from '../run-files.ts';
import type { DashboardContext } from '../context.ts';
import { visibleRunOf } from './run-lookup.ts';

const NAMES: ArtifactName[] = ['results.json', 'report.pdf'];

/** Registers the two artifact routes. */
export function runFilesRoutes(ctx: DashboardContext) {
  return async (api: FastifyInstance): Promise<void> => {
    for (const name of NAMES) {
      api.get(`/runs/:id/${name}`, async (request, reply) => {
        const { run } = await visibleRunOf(ctx, request.viewer!, request.params);
        const bytes = await readArtifact(ctx.outputDir, run.run_id, name);
        if (!bytes) throw new HttpError(404, `${name} of this run does not exist (yet)`);
        return reply
          .type(ARTIFACT_TYPES[name])
          .header('content-disposition', `inline; filename="rift-${run.run_id}-${name}"`)
          .header('x-content-type-options', 'nosniff')
          .send(bytes);
      });
    }
  };
}
