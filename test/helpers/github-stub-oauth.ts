// GitHub's sign-in side for the dashboard, in the stub: the App's OAuth web flow on the web host (the
// authorize page, where `state.oauth.signInAs` consents at once, and the code exchange) and GET /user
// for a user's token. Failed exchanges answer as GitHub does: 200 with an `error` in the body.
import { randomBytes } from 'node:crypto';
import type { StubAnswer, StubRequest, StubRoute } from './github-stub-routes.ts';
import type { StubPermission, StubState } from './github-stub-state.ts';

const EXCHANGE_DOCS = 'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors';

/** The login a user token of this stub belongs to; null for any other credential. */
export function userOf(req: StubRequest, state: StubState): string | null {
  const [scheme, credential] = String(req.headers.authorization ?? '').split(' ');
  if (scheme.toLowerCase() !== 'token' || !credential) return null;
  return state.oauth.userTokens.get(credential) ?? null;
}

/** `permissions` of GET /repos/{owner}/{repo} as a user with `permission` sees it. */
export function permissionFlags(permission: StubPermission) {
  const rank = ['none', 'read', 'triage', 'write', 'maintain', 'admin'].indexOf(permission);
  return { admin: rank >= 5, maintain: rank >= 4, push: rank >= 3, triage: rank >= 2, pull: rank >= 1 };
}

function exchangeError(error: string, description: string): StubAnswer {
  return { status: 200, body: { error, error_description: description, error_uri: `${EXCHANGE_DOCS}#${error.replaceAll('_', '-')}` } };
}

// The consent page: signs in `signInAs` (no one set is a page GitHub would leave waiting: a 404 here).
function authorize(req: StubRequest, state: StubState): StubAnswer {
  const { oauth } = state;
  const redirectUri = req.query.get('redirect_uri');
  const login = oauth.signInAs;
  if (req.query.get('client_id') !== oauth.clientId || !redirectUri || !login) return { status: 404, body: { message: 'Not Found' } };
  if (!oauth.users.has(login)) oauth.users.set(login, state.nextId());
  const code = randomBytes(10).toString('hex');
  oauth.codes.set(code, { login, redirectUri });
  const target = new URL(redirectUri);
  target.searchParams.set('code', code);
  const given = req.query.get('state');
  if (given !== null) target.searchParams.set('state', given);
  return { status: 302, headers: { location: target.toString() } };
}

// The code exchange: the App's client, a code not used before, the redirect URI it was issued for.
function exchange(req: StubRequest, state: StubState): StubAnswer {
  const { oauth } = state;
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (body.client_id !== oauth.clientId || body.client_secret !== oauth.clientSecret) {
    return exchangeError('incorrect_client_credentials', 'The client_id and/or client_secret passed are incorrect.');
  }
  const issued = oauth.codes.get(String(body.code));
  oauth.codes.delete(String(body.code));
  if (!issued) return exchangeError('bad_verification_code', 'The code passed is incorrect or expired.');
  if (body.redirect_uri !== undefined && body.redirect_uri !== issued.redirectUri) {
    return exchangeError('redirect_uri_mismatch', 'The redirect_uri MUST match the registered callback URL for this application.');
  }
  const token = `ghu_${randomBytes(18).toString('hex')}`;
  oauth.userTokens.set(token, issued.login);
  return { status: 200, body: { access_token: token, expires_in: 28800, refresh_token: `ghr_${randomBytes(18).toString('hex')}`, refresh_token_expires_in: 15811200, token_type: 'bearer', scope: '' } };
}

export const OAUTH_ROUTES: StubRoute[] = [
  { method: 'GET', pattern: /^\/login\/oauth\/authorize$/, callers: ['none'], web: true, handle: (req, _p, state) => authorize(req, state) },
  { method: 'POST', pattern: /^\/login\/oauth\/access_token$/, callers: ['none'], web: true, handle: (req, _p, state) => exchange(req, state) },
  {
    method: 'GET',
    pattern: /^\/user$/,
    callers: ['user'],
    handle: (req, _p, state, web) => {
      const login = userOf(req, state)!;
      return { status: 200, body: { login, id: state.oauth.users.get(login), type: 'User', site_admin: false, html_url: `${web}/${login}` } };
    },
  },
];
