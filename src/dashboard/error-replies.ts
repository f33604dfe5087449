// Every error the dashboard answers is JSON, `{ "error": { "message": "..." } }`, and never a stack:
// our own HttpErrors and the framework's 4xx say what is wrong; anything else is a 500 "internal error",
// logged with the request id (which the answer carries, so a user can quote it).
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.ts';

const CSRF_CODES = new Set(['FST_CSRF_MISSING_SECRET', 'FST_CSRF_INVALID_TOKEN']);

/** Sets the error and not-found handlers; unknown routes are rate-limited like the rest. */
export function registerErrorReplies(app: FastifyInstance): void {
  app.setErrorHandler(replyWithError);
  app.setNotFoundHandler({ preHandler: app.rateLimit() }, async (_request, reply) => reply.code(404).send(errorBody('not found')));
}

function replyWithError(error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const status = error.statusCode ?? 500;
  if (error instanceof HttpError) {
    if (status >= 500) request.log.warn({ reqId: request.id, err: error }, 'dashboard request could not be served');
    return reply.code(status).send(errorBody(error.message));
  }
  if (status >= 400 && status < 500) return reply.code(status).send(errorBody(clientMessage(error)));
  request.log.error({ reqId: request.id, err: error }, 'dashboard request failed');
  return reply.code(500).send({ error: { message: 'internal error', requestId: request.id } });
}

// The framework's and plugins' 4xx messages are meant for clients; CSRF's deserve a hint.
function clientMessage(error: FastifyError): string {
  if (error.code && CSRF_CODES.has(error.code)) {
    return 'missing or invalid CSRF token: send the csrfToken of GET /api/me in the x-csrf-token header (or a _csrf form field)';
  }
  return error.message;
}

/** The body of every error answer. */
export function errorBody(message: string): { error: { message: string } } {
  return { error: { message } };
}
