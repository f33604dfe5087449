// GitHub's OAuth web flow for the GitHub App, through @octokit/oauth-methods: the authorize URL, the code
// exchange and who the token belongs to. A request bound to the API base URL points all three at
// github.com or the GitHub Enterprise host (oauth-methods strips `/api/v3` for the OAuth endpoints).
import { exchangeWebFlowCode, getWebFlowAuthorizationUrl } from '@octokit/oauth-methods';
import { Octokit } from '@octokit/rest';
import { createOctokit } from '../github/index.ts';
import type { DashboardConfig } from './config.ts';
import { HttpError } from './http-error.ts';

/** The signed-in user's identity and token. */
export interface GitHubSignIn {
  login: string;
  id: number;
  token: string;
  /** Seconds the token lives when GitHub says (expiring user tokens); null when it does not expire. */
  expiresInSecs: number | null;
}

/** Where /auth/callback lives for GitHub: it must match the App's "Callback URL". */
export function redirectUri(config: DashboardConfig): string {
  return `${config.publicUrl}/auth/callback`;
}

/** GitHub's authorize URL for this App, carrying client_id, redirect_uri and state. */
export function authorizeUrl(config: DashboardConfig, state: string): string {
  const { url } = getWebFlowAuthorizationUrl({
    clientType: 'github-app',
    clientId: config.clientId,
    redirectUrl: redirectUri(config),
    state,
    request: oauthRequest(config),
  });
  return url;
}

/** Trades the callback's code for a user token and reads the user; GitHub refusing the code is a 400. */
export async function completeSignIn(config: DashboardConfig, code: string): Promise<GitHubSignIn> {
  let token: string;
  let expiresInSecs: number | null;
  try {
    const { data, authentication } = await exchangeWebFlowCode({
      clientType: 'github-app',
      clientId: config.clientId,
      clientSecret: config.clientSecret,
      code,
      redirectUrl: redirectUri(config),
      request: oauthRequest(config),
    });
    token = authentication.token;
    expiresInSecs = 'expires_in' in data && typeof data.expires_in === 'number' ? data.expires_in : null;
  } catch (err) {
    // GitHub answers 200 with {"error": "bad_verification_code", ...}; oauth-methods makes it a 400.
    if ((err as { status?: number }).status === 400) throw new HttpError(400, 'GitHub refused the sign-in code (expired or already used): sign in again at /login');
    throw err;
  }
  const user = await createOctokit({ token, env: config.github }).rest.users.getAuthenticated();
  return { login: user.data.login, id: user.data.id, token, expiresInSecs };
}

// No credentials of its own: the client secret travels in the exchange's body.
function oauthRequest(config: DashboardConfig) {
  return new Octokit({ baseUrl: config.apiBaseUrl, userAgent: 'rift' }).request;
}
