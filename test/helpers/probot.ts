// Probot for tests: a real Probot (no retries or throttling, silent logs) with a fresh app key, signed
// webhook requests as GitHub sends them, and the app served on 127.0.0.1 through Probot's own node
// middleware, so a test drives exactly what production receives.
import { createHmac, generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createNodeMiddleware, Probot, ProbotOctokit, type ApplicationFunction } from 'probot';
import { nock } from './http-mock.ts';

export interface TestProbot {
  probot: Probot;
  /** PEM of the app's private key. */
  privateKey: string;
  /** The webhook secret Probot checks signatures with. */
  secret: string;
  appId: number;
}

// Probot layers its own throttle options over the Octokit class it is given, so a plain
// `.defaults({ throttle: { enabled: false } })` is overridden (and every comment would wait 3 s in
// the throttler's notification queue). A function default runs last and wins.
const TestOctokit = ProbotOctokit.defaults((options: Record<string, any>) => ({
  ...options,
  retry: { ...options.retry, enabled: false },
  throttle: { ...options.throttle, enabled: false },
}));

let cachedKey: string | undefined;

// RSA key generation takes a moment: one key per test file is plenty.
function appPrivateKey(): string {
  cachedKey ??= generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
  return cachedKey;
}

/** A Probot for api.github.com that never retries or throttles and logs nothing. */
export function testProbot(opts: { appId?: number; secret?: string } = {}): TestProbot {
  const appId = opts.appId ?? 424242;
  const privateKey = appPrivateKey();
  const secret = opts.secret ?? `test-secret-${randomUUID()}`;
  const probot = new Probot({
    appId,
    privateKey,
    secret,
    Octokit: TestOctokit,
    log: pino({ level: 'silent' }),
  });
  return { probot, privateKey, secret, appId };
}

export interface SignedWebhook {
  headers: Record<string, string>;
  body: string;
}

/** The request GitHub would send: JSON body, event name, delivery id and the sha256 HMAC signature. */
export function signedWebhook(secret: string, name: string, payload: unknown, id: string = randomUUID()): SignedWebhook {
  const body = JSON.stringify(payload);
  const signature = `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
  return {
    headers: {
      'content-type': 'application/json',
      'x-github-event': name,
      'x-github-delivery': id,
      'x-hub-signature-256': signature,
    },
    body,
  };
}

export interface ServedApp {
  /** The webhook endpoint's URL. */
  url: string;
  /** POSTs a webhook to the endpoint, as given (signed or not). */
  post(webhook: SignedWebhook): Promise<Response>;
  /** Signs with the app's secret and POSTs. */
  deliver(name: string, payload: unknown, id?: string): Promise<Response>;
  close(): Promise<void>;
}

/** Serves the app through Probot's node middleware on 127.0.0.1 (allow that host in the HTTP mock). */
export async function serveApp(test: TestProbot, app: ApplicationFunction): Promise<ServedApp> {
  const middleware = await createNodeMiddleware(app, { probot: test.probot });
  const server: Server = createServer((req, res) => {
    void middleware(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}${test.probot.webhookPath}`;
  const post = (webhook: SignedWebhook) => fetch(url, { method: 'POST', headers: webhook.headers, body: webhook.body });
  return {
    url,
    post,
    deliver: (name, payload, id) => post(signedWebhook(test.secret, name, payload, id)),
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

/**
 * Mocks the installation token exchange Probot makes before its first call for an installation (Probot
 * caches the token per installation). `upTo` > 1 allows concurrent deliveries that each ask before
 * either has the token; the extra exchanges are optional.
 */
export function mockInstallationToken(installationId: number, opts: { token?: string; upTo?: number } = {}): string {
  const token = opts.token ?? `ghs_${randomUUID().replace(/-/g, '')}`;
  const body = { token, expires_at: new Date(Date.now() + 3600_000).toISOString(), permissions: {}, repository_selection: 'all' };
  const path = `/app/installations/${installationId}/access_tokens`;
  nock('https://api.github.com').post(path).reply(201, body);
  for (let extra = 1; extra < (opts.upTo ?? 1); extra += 1) {
    nock('https://api.github.com').post(path).optionally().reply(201, body);
  }
  return token;
}
