// The dashboard's settings from the parsed environment: a pure function, so tests pass their own.
// Sign-in is the dashboard's door: without the GitHub App's OAuth client there is no dashboard at all.
import { isIP } from 'node:net';
import { BadInputError } from '../errors/index.ts';
import { apiBaseUrl, GITHUB_COM_API, type GitHubHostEnv } from '../github/index.ts';

/** The variables readDashboardConfig reads (a RiftEnv fits). */
export interface DashboardEnv extends GitHubHostEnv {
  GITHUB_CLIENT_ID?: string;
  GITHUB_CLIENT_SECRET?: string;
  RIFT_SESSION_SECRET?: string;
  RIFT_PUBLIC_URL?: string;
  RIFT_SESSION_TTL_SECS?: string;
  RIFT_RATE_LIMIT?: string;
  RIFT_TRUST_PROXY?: string;
}

export interface DashboardConfig {
  clientId: string;
  clientSecret: string;
  /** Signs the cookies (session, OAuth state, CSRF secret). */
  sessionSecret: string;
  /** Where users reach RIFT, no trailing slash; the OAuth redirect URI is `${publicUrl}/auth/callback`. */
  publicUrl: string;
  /** Cookies carry `Secure` when publicUrl is https. */
  secureCookies: boolean;
  sessionTtlSecs: number;
  rateLimitPerMinute: number;
  /** Fastify's trustProxy: false unless RIFT_TRUST_PROXY names the proxies in front. */
  trustProxy: boolean | string;
  /** github.com or the GitHub Enterprise host of GHE_HOST/GHE_PROTOCOL. */
  github: GitHubHostEnv;
  /** The REST API base URL (api.github.com, or `<GHE>/api/v3`). */
  apiBaseUrl: string;
  /** The web origin repositories live under (https://github.com, or the GHE host): runs' repo_url. */
  webOrigin: string;
}

export const DEFAULT_SESSION_TTL_SECS = 8 * 60 * 60;
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120;
const MIN_SESSION_SECRET_LENGTH = 32;
/** proxy-addr's names for address ranges. */
const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** The dashboard's settings; null when sign-in is not configured. A half-done setup is a BadInputError. */
export function readDashboardConfig(env: DashboardEnv): DashboardConfig | null {
  if (!env.GITHUB_CLIENT_ID && !env.GITHUB_CLIENT_SECRET) return null;
  const clientId = required(env.GITHUB_CLIENT_ID, 'GITHUB_CLIENT_ID', 'the Client ID on the GitHub App’s settings page');
  const clientSecret = required(env.GITHUB_CLIENT_SECRET, 'GITHUB_CLIENT_SECRET', 'a client secret generated on the GitHub App’s settings page');
  const sessionSecret = required(env.RIFT_SESSION_SECRET, 'RIFT_SESSION_SECRET', `a random text of at least ${MIN_SESSION_SECRET_LENGTH} characters that signs the dashboard’s cookies`);
  if (sessionSecret.length < MIN_SESSION_SECRET_LENGTH) {
    throw new BadInputError(`RIFT_SESSION_SECRET must be at least ${MIN_SESSION_SECRET_LENGTH} characters long (it signs the dashboard’s cookies)`);
  }
  const publicUrl = publicUrlOf(required(env.RIFT_PUBLIC_URL, 'RIFT_PUBLIC_URL', 'the URL users reach RIFT at, e.g. https://rift.example.com'));
  const github: GitHubHostEnv = { GHE_HOST: env.GHE_HOST, GHE_PROTOCOL: env.GHE_PROTOCOL };
  const api = apiBaseUrl(github);
  return {
    clientId,
    clientSecret,
    sessionSecret,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    sessionTtlSecs: wholeNumber(env.RIFT_SESSION_TTL_SECS, 'RIFT_SESSION_TTL_SECS', DEFAULT_SESSION_TTL_SECS, 60, 30 * 24 * 60 * 60),
    rateLimitPerMinute: wholeNumber(env.RIFT_RATE_LIMIT, 'RIFT_RATE_LIMIT', DEFAULT_RATE_LIMIT_PER_MINUTE, 1, 1_000_000),
    trustProxy: trustProxyOf(env.RIFT_TRUST_PROXY),
    github,
    apiBaseUrl: api,
    // The same rule @octokit/oauth-methods applies to find the authorize and token URLs.
    webOrigin: api === GITHUB_COM_API ? 'https://github.com' : api.replace(/\/api\/v3$/, ''),
  };
}

// Sign-in half configured would fail on the first user's click: say which variable is missing now.
function required(value: string | undefined, name: string, what: string): string {
  if (!value) throw new BadInputError(`${name} is not set: the dashboard’s sign-in needs it (${what})`);
  return value;
}

// An http(s) URL with no query or fragment; a trailing slash would double in the redirect URI.
function publicUrlOf(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new BadInputError(`RIFT_PUBLIC_URL must be a URL such as https://rift.example.com, not "${value}"`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new BadInputError(`RIFT_PUBLIC_URL must be an http(s) URL without query or fragment, not "${value}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

function wholeNumber(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw new BadInputError(`${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return Number(value);
}

// Unset: the socket's address is the client's (no proxy may claim otherwise). Hop counts are left
// out on purpose: fastify trusts no peer for them, so they would silently change nothing.
function trustProxyOf(value: string | undefined): boolean | string {
  if (value === undefined || value === 'false') return false;
  if (value === 'true') return true;
  const entries = value.split(',').map((entry) => entry.trim());
  const bad = entries.find((entry) => !PROXY_NAMES.has(entry) && isIP(entry.replace(/\/\d{1,3}$/, '')) === 0);
  if (bad !== undefined) {
    throw new BadInputError(`RIFT_TRUST_PROXY must be true, or proxy addresses (IPs, CIDRs, loopback, linklocal, uniquelocal) separated by commas; "${bad}" is none of these`);
  }
  return entries.join(',');
}
