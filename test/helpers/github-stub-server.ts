// A stand-in GitHub on 127.0.0.1 for processes nock cannot reach: a child `rift serve`/`rift worker`,
// the bench, a browser. It serves the REST routes a run uses under /api/v3 and the OAuth pages of the
// dashboard's sign-in from in-memory state, records every request, and answers anything else 404 and
// records it as unknown (tests assert there is none).
// Point RIFT at it with `stub.env` (GHE_HOST=127.0.0.1:<port>, GHE_PROTOCOL=http).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { findRoute, type StubAnswer, type StubCaller, type StubRequest } from './github-stub-routes.ts';
import { addStubRepo, createStubState, type StubRepo, type StubRepoInit, type StubState } from './github-stub-state.ts';

export type * from './github-stub-state.ts';

const API_PREFIX = '/api/v3';

export interface RecordedRequest {
  method: string;
  /** Path under /api/v3 (or the raw path when outside it), with the query. */
  url: string;
  body: unknown;
  status: number;
  /** No route knows it: a call the stub (and this test) did not expect. */
  unknown: boolean;
  /** The credential that came with it: an installation token, the app's JWT, a user's token, or none. */
  auth: StubCaller;
}

export interface GitHubStub {
  /** http://127.0.0.1:<port>: also the "web" host of html_url links. */
  url: string;
  /** GHE_HOST and GHE_PROTOCOL for RIFT's environment. */
  env: { GHE_HOST: string; GHE_PROTOCOL: 'http' };
  state: StubState;
  requests: RecordedRequest[];
  addRepo(init: StubRepoInit): StubRepo;
  /** Requests no route knew. */
  unknownRequests(): RecordedRequest[];
  close(): Promise<void>;
}

export interface GitHubStubOptions {
  appId?: number;
  installationId?: number;
}

/** Starts the stub on an ephemeral port of 127.0.0.1. */
export async function startGitHubStub(opts: GitHubStubOptions = {}): Promise<GitHubStub> {
  const state = createStubState(opts.appId ?? 4242, opts.installationId ?? 777);
  const requests: RecordedRequest[] = [];
  let web = '';
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const { answer, record } = answerRequest(req, body, state, web);
      requests.push(record);
      if (answer.raw !== undefined) {
        res.writeHead(answer.status, { 'content-type': 'text/plain; charset=utf-8', ...answer.headers }).end(answer.raw);
        return;
      }
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers }).end(JSON.stringify(answer.body ?? null));
    });
  });
  // Node's keep-alive timeout stays (5 s): undici keeps a socket only while the server's advertised
  // timeout exceeds its own 1 s margin, and a new connection per call would dominate a load test.
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  web = `http://127.0.0.1:${port}`;
  return {
    url: web,
    env: { GHE_HOST: `127.0.0.1:${port}`, GHE_PROTOCOL: 'http' },
    state,
    requests,
    addRepo: (init) => addStubRepo(state, init),
    unknownRequests: () => requests.filter((r) => r.unknown),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// Routes the request (API routes under /api/v3, the OAuth pages outside it); each route names the credentials it takes.
function answerRequest(req: IncomingMessage, body: unknown, state: StubState, web: string): { answer: StubAnswer; record: RecordedRequest } {
  const method = req.method ?? 'GET';
  const parsed = new URL(req.url ?? '/', 'http://stub');
  const inApi = parsed.pathname.startsWith(`${API_PREFIX}/`);
  const path = inApi ? parsed.pathname.slice(API_PREFIX.length) : parsed.pathname;
  const auth = authOf(req.headers.authorization, state);
  const found = findRoute(method, path, !inApi);
  const record = (status: number, unknown = false): RecordedRequest => ({ method, url: `${path}${parsed.search}`, body, status, unknown, auth });
  if (!found) {
    const answer = { status: 404, body: { message: 'Not Found (unknown to the GitHub stub)' } };
    return { answer, record: record(404, true) };
  }
  if (!found.route.callers.includes(auth)) {
    const answer = { status: 401, body: { message: 'Bad credentials' } };
    return { answer, record: record(401) };
  }
  const request: StubRequest = { method, path, query: parsed.searchParams, headers: req.headers, body };
  const answer = found.route.handle(request, found.params, state, web);
  return { answer, record: record(answer.status) };
}

// "token <t>" must be one this stub issued (to the installation or a user); "bearer <jwt>" must name the app as its issuer.
function authOf(header: string | undefined, state: StubState): StubCaller {
  const [scheme, credential] = (header ?? '').split(' ');
  if (!credential) return 'none';
  if (scheme.toLowerCase() === 'token' && state.tokens.includes(credential)) return 'token';
  if (scheme.toLowerCase() === 'token' && state.oauth.userTokens.has(credential)) return 'user';
  if (scheme.toLowerCase() === 'bearer') {
    const claims = JSON.parse(Buffer.from(credential.split('.')[1] ?? '', 'base64url').toString() || '{}') as { iss?: unknown };
    if (String(claims.iss) === String(state.appId)) return 'jwt';
  }
  return 'none';
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return null;
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
