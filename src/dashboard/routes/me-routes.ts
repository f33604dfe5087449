// GET /api/me: who is signed in, and the CSRF token pages send back (x-csrf-token) on every POST.
import type { FastifyInstance } from 'fastify';

/** Registers GET /me. */
export function meRoutes() {
  return async (api: FastifyInstance): Promise<void> => {
    api.get('/me', async (request, reply) => {
      const viewer = request.viewer!;
      return { login: viewer.login, id: viewer.id, csrfToken: reply.generateCsrf() };
    });
  };
}
