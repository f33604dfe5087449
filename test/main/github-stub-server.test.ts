// The GitHub stub itself, driven by a real Probot installation client as RIFT's processes drive it.
import { generateKeyPairSync } from 'node:crypto';
import { pino } from 'pino';
import { Probot, ProbotOctokit } from 'probot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubStub, type GitHubStub } from '../helpers/github-stub-server.ts';

const PEM = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
let stub: GitHubStub;
let octokit: Awaited<ReturnType<Probot['auth']>>;

beforeAll(async () => {
  stub = await startGitHubStub({ appId: 11, installationId: 22 });
  stub.addRepo({
    owner: 'o',
    repo: 'r',
    files: { '.github/rift.yml': 'auto_heal: true\n' },
    permissions: { ada: 'maintain' },
    pulls: [{ number: 5, head: { ref: 'feature', sha: 'a'.repeat(40) }, base: { ref: 'main' }, commits: [{ sha: 'a'.repeat(40), author: 'dependabot[bot]' }] }],
    ci: (sha) => (sha === 'b'.repeat(40) ? { status: 'completed', conclusion: 'success' } : null),
  });
  const probot = new Probot({
    appId: 11,
    privateKey: PEM,
    baseUrl: `${stub.url}/api/v3`,
    // A function: an object default's throttle would be replaced by Probot's, which re-enables it.
    Octokit: ProbotOctokit.defaults((options: object) => ({ ...options, retry: { enabled: false }, throttle: { enabled: false } })),
    log: pino({ level: 'silent' }),
  });
  octokit = await probot.auth(22);
});

afterAll(async () => {
  await stub.close();
});

describe('the GitHub stub server', () => {
  it('hands out an installation token for the app JWT and serves the config raw', async () => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { owner: 'o', repo: 'r', path: '.github/rift.yml', mediaType: { format: 'raw' } });

    expect(data).toBe('auto_heal: true\n');
    expect(stub.state.tokens).toHaveLength(1);
    expect(stub.requests[0]).toMatchObject({ method: 'POST', url: '/app/installations/22/access_tokens', auth: 'jwt', status: 201 });
  });

  it('answers permissions, pull requests and their commits from its state', async () => {
    const permission = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner: 'o', repo: 'r', username: 'ada' });
    const pull = await octokit.rest.pulls.get({ owner: 'o', repo: 'r', pull_number: 5 });
    const commits = await octokit.rest.pulls.listCommits({ owner: 'o', repo: 'r', pull_number: 5 });

    expect(permission.data).toMatchObject({ permission: 'write', role_name: 'maintain' });
    expect(pull.data).toMatchObject({ number: 5, state: 'open', commits: 1, head: { ref: 'feature', repo: { full_name: 'o/r' } } });
    expect(commits.data[0].author).toMatchObject({ login: 'dependabot[bot]', type: 'Bot' });
  });

  it('keeps check runs, appending each update’s annotations, and lists them by commit', async () => {
    const created = await octokit.rest.checks.create({ owner: 'o', repo: 'r', name: 'RIFT', head_sha: 'a'.repeat(40), status: 'in_progress', output: { title: 't', summary: 's' } });
    const annotation = { path: 'a.py', start_line: 1, end_line: 1, annotation_level: 'warning' as const, message: 'm' };
    await octokit.rest.checks.update({ owner: 'o', repo: 'r', check_run_id: created.data.id, output: { title: 't', summary: 's', annotations: [annotation] } });
    await octokit.rest.checks.update({ owner: 'o', repo: 'r', check_run_id: created.data.id, status: 'completed', conclusion: 'success', output: { title: 't', summary: 'done', annotations: [annotation] } });

    const listed = await octokit.rest.checks.listForRef({ owner: 'o', repo: 'r', ref: 'a'.repeat(40), check_name: 'RIFT' });

    expect(listed.data.check_runs).toHaveLength(1);
    expect(listed.data.check_runs[0]).toMatchObject({ status: 'completed', conclusion: 'success', output: { summary: 'done', annotations_count: 2 } });
  });

  it('keeps comments and reactions', async () => {
    const comment = await octokit.rest.issues.createComment({ owner: 'o', repo: 'r', issue_number: 5, body: 'first' });
    await octokit.rest.issues.updateComment({ owner: 'o', repo: 'r', comment_id: comment.data.id, body: 'edited' });
    await octokit.rest.reactions.createForIssueComment({ owner: 'o', repo: 'r', comment_id: comment.data.id, content: 'eyes' });

    const listed = await octokit.rest.issues.listComments({ owner: 'o', repo: 'r', issue_number: 5 });

    expect(listed.data.map((c) => c.body)).toEqual(['edited']);
    expect(stub.state.reactions).toEqual([{ repo: 'o/r', comment_id: comment.data.id, content: 'eyes' }]);
  });

  it('opens and finds fix pull requests', async () => {
    await octokit.rest.pulls.create({ owner: 'o', repo: 'r', title: 'fix', body: 'b', head: 'A_B_AI_Fix', base: 'feature' });

    const found = await octokit.rest.pulls.list({ owner: 'o', repo: 'r', head: 'o:A_B_AI_Fix', base: 'feature', state: 'open' });

    expect(found.data.map((p) => p.title)).toEqual(['fix']);
  });

  it('reports the repository’s CI on a commit as a workflow run and its check suite', async () => {
    const runs = await octokit.rest.actions.listWorkflowRunsForRepo({ owner: 'o', repo: 'r', head_sha: 'b'.repeat(40) });
    const none = await octokit.rest.actions.listWorkflowRunsForRepo({ owner: 'o', repo: 'r', head_sha: 'c'.repeat(40) });
    const suites = await octokit.rest.checks.listSuitesForRef({ owner: 'o', repo: 'r', ref: 'b'.repeat(40) });

    expect(runs.data.workflow_runs).toEqual([expect.objectContaining({ status: 'completed', conclusion: 'success', head_sha: 'b'.repeat(40) })]);
    expect(none.data.total_count).toBe(0);
    expect(suites.data.check_suites[0]).toMatchObject({ conclusion: 'success', app: { slug: 'github-actions' } });
  });

  it('answers 404 to routes it does not know and records them as unknown; unknown repositories are plain 404s', async () => {
    const before = stub.unknownRequests().length;

    await expect(octokit.request('GET /repos/{owner}/{repo}/releases', { owner: 'o', repo: 'r' })).rejects.toMatchObject({ status: 404 });
    await expect(octokit.rest.pulls.get({ owner: 'o', repo: 'elsewhere', pull_number: 1 })).rejects.toMatchObject({ status: 404 });

    expect(stub.unknownRequests().slice(before).map((r) => r.url)).toEqual(['/repos/o/r/releases']);
  });

  it('refuses repository calls without a token it issued', async () => {
    const response = await fetch(`${stub.url}/api/v3/repos/o/r/pulls/5`, { headers: { authorization: 'token ghs_forged' } });

    expect(response.status).toBe(401);
  });
});
