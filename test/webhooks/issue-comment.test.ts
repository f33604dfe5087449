import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { mockInstallationToken } from '../helpers/probot.ts';
import { API, commentCreated, newInstallationId, newSha, OWNER, pullCommit, REPO, REPO_HTML_URL } from './fixtures.ts';
import {
  expectReaction,
  expectReply,
  humanCommits,
  mockInstallationAndConfig,
  mockPermission,
  mockPull,
  mockPullCommits,
  mockRiftYml,
  startIngress,
  type Ingress,
} from './harness.ts';

let ingress: Ingress;

beforeAll(async () => {
  ingress = await startIngress();
});

afterAll(async () => {
  await ingress?.close();
});

describe('issue_comment.created with /rift heal', () => {
  useStrictHttpMock({ allowHosts: ['127.0.0.1'] });

  it('reacts and queues a run with the names and iterations of a writer’s command', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    mockInstallationAndConfig(installationId, 'team: Ignored Team\nleader: Ignored Leader\n');
    const reaction = expectReaction(11);
    mockPermission('Codertocat', 'write');
    mockPull({ sha, ref: 'feature/x', author: 'octocat' });
    mockPullCommits(2, humanCommits());
    const body = '/rift heal --team "Code Warriors" --leader \'Ada Lovelace\' --max-iterations 3\nthanks!';

    const response = await ingress.server.deliver('issue_comment', commentCreated({ body, installationId, commentId: 11 }));

    expect(response.status).toBe(200);
    expect(reaction).toEqual([{ content: 'eyes' }]);
    const [run] = await ingress.runsOf(sha);
    expect(run).toMatchObject({ status: 'queued', team_name: 'Code Warriors', leader_name: 'Ada Lovelace', branch_name: 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix' });
    const [trigger] = await ingress.traces(run.run_id);
    expect(trigger.payload).toEqual({
      kind: 'comment',
      installationId,
      owner: OWNER,
      repo: REPO,
      repoHtmlUrl: REPO_HTML_URL,
      pullNumber: 2,
      headSha: sha,
      headRef: 'feature/x',
      baseRef: 'master',
      fork: false,
      headRepoFullName: `${OWNER}/${REPO}`,
      sender: 'Codertocat',
      commentId: 11,
      team: 'Code Warriors',
      leader: 'Ada Lovelace',
      maxIterations: 3,
    });
    expect((await ingress.queue.getJob(run.run_id))?.id).toBe(run.run_id);
  });

  it('takes the names from rift.yml when the command has none, and a maintain role may ask', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    mockInstallationAndConfig(installationId, 'team: Night Owls\nleader: Grace Hopper\n');
    expectReaction(12);
    mockPermission('Codertocat', 'write', 'maintain');
    mockPull({ sha });
    mockPullCommits(2, humanCommits());

    await ingress.server.deliver('issue_comment', commentCreated({ body: '/rift heal', installationId, commentId: 12 }));

    const [run] = await ingress.runsOf(sha);
    expect(run).toMatchObject({ team_name: 'Night Owls', leader_name: 'Grace Hopper', branch_name: 'NIGHT_OWLS_GRACE_HOPPER_AI_Fix' });
  });

  it('still queues the run when the reaction cannot be added', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    mockInstallationAndConfig(installationId, null);
    nock(API).post(`/repos/${OWNER}/${REPO}/issues/comments/17/reactions`).reply(403, { message: 'Resource not accessible by integration' });
    mockPermission('Codertocat', 'admin');
    mockPull({ sha });
    mockPullCommits(2, humanCommits());

    const response = await ingress.server.deliver('issue_comment', commentCreated({ body: '/rift heal', installationId, commentId: 17 }));

    expect(response.status).toBe(200);
    expect(await ingress.runsOf(sha)).toHaveLength(1);
  });

  it('answers a reader politely and runs nothing', async () => {
    const installationId = newInstallationId();
    mockInstallationToken(installationId);
    expectReaction(13);
    mockPermission('Codertocat', 'read');
    const reply = expectReply(2);

    const response = await ingress.server.deliver('issue_comment', commentCreated({ body: '/rift heal', installationId, commentId: 13 }));

    expect(response.status).toBe(200);
    expect(reply).toHaveLength(1);
    expect(reply[0].body).toContain('@Codertocat');
    expect(reply[0].body).toContain('Only people with write, maintain or admin access');
  });

  it('explains the syntax of a malformed command and runs nothing', async () => {
    const installationId = newInstallationId();
    mockInstallationToken(installationId);
    expectReaction(14);
    mockPermission('Codertocat', 'admin');
    const reply = expectReply(2);

    await ingress.server.deliver('issue_comment', commentCreated({ body: '/rift heal --team "Code Warriors', installationId, commentId: 14 }));

    expect(reply).toHaveLength(1);
    expect(reply[0].body).toContain('a quote is not closed');
    expect(reply[0].body).toContain('/rift heal [--team NAME] [--leader NAME] [--max-iterations N]');
  });

  it('refuses more iterations than the cap', async () => {
    const installationId = newInstallationId();
    mockInstallationToken(installationId);
    expectReaction(15);
    mockPermission('Codertocat', 'write');
    const reply = expectReply(2);

    await ingress.server.deliver('issue_comment', commentCreated({ body: '/rift heal --max-iterations 50', installationId, commentId: 15 }));

    expect(reply[0].body).toContain('--max-iterations must be between 1 and 10, not 50');
  });

  it('does not heal a pull request whose last commits are all by bots, and says why', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    mockInstallationToken(installationId);
    expectReaction(16);
    mockPermission('Codertocat', 'write');
    mockPull({ sha, commits: 2 });
    mockPullCommits(2, [pullCommit({ login: 'dependabot[bot]', type: 'Bot' }, 'Bump lodash'), pullCommit({ login: 'dependabot[bot]', type: 'Bot' }, 'Bump yaml')]);
    const reply = expectReply(2);

    await ingress.server.deliver('issue_comment', commentCreated({ body: '/rift heal', installationId, commentId: 16 }));

    expect(reply[0].body).toContain('are by bots');
    expect(await ingress.runsOf(sha)).toEqual([]);
  });

  it('ignores comments by bots, RIFT included, and comments that are no command', async () => {
    const installationId = newInstallationId();

    const bot = await ingress.server.deliver('issue_comment', commentCreated({ body: '/rift heal', installationId, user: 'rift[bot]', userType: 'Bot' }));
    const chat = await ingress.server.deliver('issue_comment', commentCreated({ body: 'Could someone /rift heal this?', installationId }));

    expect([bot.status, chat.status]).toEqual([200, 200]);
  });

  it('records one run for two concurrent commands on one commit and points the second to the first', async () => {
    const sha = newSha();
    const installationId = newInstallationId();
    mockInstallationAndConfig(installationId, null, { tokensUpTo: 2 });
    mockRiftYml(null);
    for (const commentId of [21, 22]) expectReaction(commentId);
    for (let i = 0; i < 2; i += 1) {
      mockPermission('Codertocat', 'write');
      mockPull({ sha, author: 'octocat' });
      mockPullCommits(2, humanCommits());
    }
    const reply = expectReply(2);

    const responses = await Promise.all(
      [21, 22].map((commentId) => ingress.server.deliver('issue_comment', commentCreated({ body: '/rift heal', installationId, commentId }))),
    );

    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    const runs = await ingress.runsOf(sha);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ team_name: OWNER, leader_name: 'octocat' });
    expect(reply).toHaveLength(1);
    expect(reply[0].body).toContain(`run \`${runs[0].run_id}\``);
    expect(reply[0].body).toContain(`${REPO_HTML_URL}/commit/${sha}/checks`);
  });
});
