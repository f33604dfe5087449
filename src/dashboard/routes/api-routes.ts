// The JSON API under /api: every route behind sign-in, and every route that changes something
// (POST, PUT, PATCH, DELETE) behind the CSRF check too, so a later area cannot forget it. One module
// per area registers its routes here (later slices: start a run, ask the run, live events).
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction } from 'fastify';
import type { DashboardContext } from '../context.ts';
import { loadViewer, requireViewer } from '../session.ts';
import { meRoutes } from './me-routes.ts';
import { runsRoutes } from './runs-routes.ts';
import { askRoutes } from './ask-routes.ts';
import { startRunRoutes } from './start-run-routes.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Registers the /api routes (use with `prefix: '/api'`). */
export function apiRoutes(ctx: DashboardContext) {
  return async (api: FastifyInstance): Promise<void> => {
    api.addHook('preHandler', loadViewer(ctx.sessions));
    api.addHook('preHandler', requireViewer(ctx.config));
    api.addHook('preHandler', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
      if (SAFE_METHODS.has(request.method)) done();
      else api.csrfProtection(request, reply, done);
    });
    await api.register(meRoutes());
    await api.register(runsRoutes(ctx));
    await api.register(askRoutes(ctx, ctx.llm));
    await api.register(startRunRoutes(ctx));
  };
}
