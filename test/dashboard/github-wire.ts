// GitHub's side of the dashboard, on the wire as GitHub sends it: the OAuth token exchange on
// github.com, GET /user and GET /repos/{owner}/{repo} on api.github.com (nock, strict helper).
import { nock } from '../helpers/http-mock.ts';

/** The body of a GitHub App user token exchange with expiring tokens (GitHub's default). */
export function tokenExchangeBody(token: string) {
  return {
    access_token: token,
    expires_in: 28800,
    refresh_token: `ghr_${token.slice(4)}`,
    refresh_token_expires_in: 15811200,
    token_type: 'bearer',
    scope: '',
  };
}

/** Expects the code exchange for the client and redirect URI; answers with the token. */
export function mockTokenExchange(opts: { clientId: string; clientSecret: string; code: string; redirectUri: string; token: string }): void {
  nock('https://github.com')
    .post('/login/oauth/access_token', (body) =>
      body.client_id === opts.clientId && body.client_secret === opts.clientSecret && body.code === opts.code && body.redirect_uri === opts.redirectUri,
    )
    .matchHeader('accept', 'application/json')
    // oauth-methods dates the token's expiry from GitHub's Date header.
    .reply(200, tokenExchangeBody(opts.token), { 'content-type': 'application/json; charset=utf-8', date: new Date().toUTCString() });
}

/** GitHub's answer to a code it does not know (status 200, an error in the body). */
export function mockBadCode(code: string): void {
  nock('https://github.com')
    .post('/login/oauth/access_token', (body) => body.code === code)
    .reply(200, {
      error: 'bad_verification_code',
      error_description: 'The code passed is incorrect or expired.',
      error_uri: 'https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#bad-verification-code',
    });
}

/** GET /user with the token: the authenticated user's public profile. */
export function mockUser(token: string, user: { login: string; id: number }): void {
  nock('https://api.github.com')
    .get('/user')
    .matchHeader('authorization', `token ${token}`)
    .reply(200, {
      login: user.login,
      id: user.id,
      node_id: 'MDQ6VXNlcjE=',
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
      gravatar_id: '',
      url: `https://api.github.com/users/${user.login}`,
      html_url: `https://github.com/${user.login}`,
      type: 'User',
      site_admin: false,
      name: 'The Octocat',
      company: '@github',
      blog: 'https://github.blog',
      location: 'San Francisco',
      email: null,
      hireable: null,
      bio: null,
      public_repos: 8,
      public_gists: 8,
      followers: 9000,
      following: 9,
      created_at: '2011-01-25T18:44:36Z',
      updated_at: '2026-01-02T10:00:00Z',
    });
}

export interface RepoPermissions {
  admin: boolean;
  maintain: boolean;
  push: boolean;
  triage: boolean;
  pull: boolean;
}

export const READ_ONLY: RepoPermissions = { admin: false, maintain: false, push: false, triage: false, pull: true };

/** GET /repos/{owner}/{repo} with the token: the repository with the user's permissions, or GitHub's 404. */
export function mockRepo(token: string, fullName: string, answer: RepoPermissions | 404 | 401): void {
  const scope = nock('https://api.github.com').get(`/repos/${fullName}`).matchHeader('authorization', `token ${token}`);
  if (answer === 404) {
    scope.reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository', status: '404' });
    return;
  }
  if (answer === 401) {
    scope.reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
    return;
  }
  const [owner, name] = fullName.split('/');
  scope.reply(200, {
    id: 1296269,
    node_id: 'MDEwOlJlcG9zaXRvcnkxMjk2MjY5',
    name,
    full_name: fullName,
    private: true,
    owner: { login: owner, id: 9919, type: 'Organization', html_url: `https://github.com/${owner}` },
    html_url: `https://github.com/${fullName}`,
    description: null,
    fork: false,
    url: `https://api.github.com/repos/${fullName}`,
    default_branch: 'main',
    visibility: 'private',
    permissions: answer,
  });
}
