// A strict HTTP mock (renovate's test/http-mock.ts idea): no real network, and a test fails on any
// request it did not mock and on any mock it did not use. Call useStrictHttpMock() in a describe block;
// a test that runs a local server passes its host in `allowHosts` to reach it for real.
import nock from 'nock';
import { afterAll, afterEach, beforeAll } from 'vitest';

const unmatched: string[] = [];
let allowedHosts: string[] = [];

// A host:port or host names an allowed host (a test's own local server).
function isAllowedHost(host: string | undefined): boolean {
  if (!host) return false;
  return allowedHosts.some((allowed) => host === allowed || host.startsWith(`${allowed}:`));
}

// nock emits "no match" as (options) when no interceptor knows the host, as (req, options) otherwise.
function recordUnmatched(first: RequestLike, second?: RequestLike): void {
  const options = second ?? first;
  if (isAllowedHost(options.hostname ?? options.host)) return;
  const method = (options.method ?? first.method ?? 'GET').toUpperCase();
  const url = options.href ?? `${options.protocol ?? 'https:'}//${options.host ?? options.hostname}${options.path ?? ''}`;
  unmatched.push(`${method} ${url}`);
}

interface RequestLike {
  method?: string;
  href?: string;
  protocol?: string;
  host?: string;
  hostname?: string;
  path?: string;
}

/** What went wrong since the last call: requests nothing mocked, mocks nothing requested. Then resets. */
export function takeHttpMockProblems(): string[] {
  const problems = [
    ...unmatched.map((request) => `unmocked request: ${request}`),
    ...nock.pendingMocks().map((mock) => `unused mock: ${mock}`),
  ];
  unmatched.length = 0;
  nock.cleanAll();
  return problems;
}

export interface StrictHttpMockOptions {
  /** Host names really reachable (e.g. '127.0.0.1' for a server the test started); never mocked, never reported. */
  allowHosts?: string[];
}

/** Wires the strict mock into the enclosing describe block's hooks. */
export function useStrictHttpMock(options: StrictHttpMockOptions = {}): void {
  beforeAll(() => {
    nock.disableNetConnect();
    allowedHosts = options.allowHosts ?? [];
    if (allowedHosts.length > 0) nock.enableNetConnect((host: string) => isAllowedHost(host));
    nock.emitter.on('no match', recordUnmatched);
  });

  afterEach(() => {
    const problems = takeHttpMockProblems();
    if (problems.length > 0) throw new Error(`HTTP mock:\n- ${problems.join('\n- ')}`);
  });

  afterAll(() => {
    allowedHosts = [];
    nock.emitter.off('no match', recordUnmatched);
    nock.cleanAll();
    nock.enableNetConnect();
  });
}

export { nock };
