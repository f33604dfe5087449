// GitHub's side of starting a run, on the wire as GitHub answers it (nock, strict helper): where the app
// is installed (asked with the app's JWT), and the repository and its default branch (asked with the
// installation's token).
import { nock } from '../helpers/http-mock.ts';

const API = 'https://api.github.com';

/** GET /repos/{owner}/{repo}/installation with the app's JWT: the installation, or GitHub's 404. */
export function mockRepoInstallation(fullName: string, installationId: number | 404, appId = 424242): void {
  const scope = nock(API).get(`/repos/${fullName}/installation`).matchHeader('authorization', /^bearer ey/i);
  if (installationId === 404) {
    scope.reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/apps/apps#get-a-repository-installation-for-the-authenticated-app', status: '404' });
    return;
  }
  const owner = fullName.split('/')[0];
  scope.reply(200, {
    id: installationId,
    account: { login: owner, id: 9919, type: 'Organization', html_url: `https://github.com/${owner}` },
    repository_selection: 'selected',
    access_tokens_url: `${API}/app/installations/${installationId}/access_tokens`,
    repositories_url: `${API}/installation/repositories`,
    html_url: `https://github.com/organizations/${owner}/settings/installations/${installationId}`,
    app_id: appId,
    app_slug: 'rift-ci-healer',
    target_id: 9919,
    target_type: 'Organization',
    permissions: { checks: 'write', contents: 'write', issues: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['check_run', 'issue_comment', 'pull_request'],
    created_at: '2026-01-10T09:00:00Z',
    updated_at: '2026-01-10T09:00:00Z',
    single_file_name: null,
  });
}

/** GET /repos/{owner}/{repo} with the installation's token: the repository and its default branch. */
export function mockInstalledRepo(token: string, fullName: string, defaultBranch: string): void {
  const [owner, name] = fullName.split('/');
  nock(API)
    .get(`/repos/${fullName}`)
    .matchHeader('authorization', `token ${token}`)
    .reply(200, {
      id: 1296269,
      name,
      full_name: fullName,
      private: true,
      owner: { login: owner, id: 9919, type: 'Organization', html_url: `https://github.com/${owner}` },
      html_url: `https://github.com/${fullName}`,
      fork: false,
      url: `${API}/repos/${fullName}`,
      default_branch: defaultBranch,
      archived: false,
      visibility: 'private',
    });
}

/** GET /repos/{owner}/{repo}/branches/{branch} with the installation's token: the branch at `sha`, or 404. */
export function mockBranch(token: string, fullName: string, branch: string, sha: string | 404): void {
  const scope = nock(API).get(`/repos/${fullName}/branches/${encodeURIComponent(branch)}`).matchHeader('authorization', `token ${token}`);
  if (sha === 404) {
    scope.reply(404, { message: 'Branch not found', documentation_url: 'https://docs.github.com/rest/branches/branches#get-a-branch', status: '404' });
    return;
  }
  scope.reply(200, {
    name: branch,
    commit: {
      sha,
      node_id: `C_${sha.slice(0, 12)}`,
      commit: { message: 'Break the build', author: { name: 'Ada', email: 'ada@example.com', date: '2026-02-01T10:00:00Z' } },
      url: `${API}/repos/${fullName}/commits/${sha}`,
      html_url: `https://github.com/${fullName}/commit/${sha}`,
      parents: [],
    },
    _links: { self: `${API}/repos/${fullName}/branches/${branch}`, html: `https://github.com/${fullName}/tree/${branch}` },
    protected: false,
    protection: { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } },
    protection_url: `${API}/repos/${fullName}/branches/${branch}/protection`,
  });
}
