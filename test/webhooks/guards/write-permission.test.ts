import { describe, expect, it } from 'vitest';
import { TransientError } from '../../../src/errors/index.ts';
import { canTriggerHeal, permissionAllows } from '../../../src/webhooks/guards/write-permission.ts';
import { testOctokit } from '../../github/github-fixtures.ts';
import { nock, useStrictHttpMock } from '../../helpers/http-mock.ts';
import { API, OWNER, permissionResponse, REPO } from '../fixtures.ts';

describe('permissionAllows', () => {
  it('allows admin, maintain and write by level or role, and nothing less', () => {
    expect(permissionAllows({ permission: 'admin', role_name: 'admin' })).toBe(true);
    expect(permissionAllows({ permission: 'write', role_name: 'maintain' })).toBe(true);
    expect(permissionAllows({ permission: 'write', role_name: 'release-manager' })).toBe(true);
    expect(permissionAllows({ permission: 'read', role_name: 'triage' })).toBe(false);
    expect(permissionAllows({ permission: 'read', role_name: 'read' })).toBe(false);
    expect(permissionAllows({ permission: 'none', role_name: null })).toBe(false);
  });
});

describe('canTriggerHeal', () => {
  useStrictHttpMock();
  const path = `/repos/${OWNER}/${REPO}/collaborators/octocat/permission`;

  it('asks GitHub for the user’s permission on the repository', async () => {
    nock(API).get(path).reply(200, permissionResponse('octocat', 'write', 'write'));

    expect(await canTriggerHeal(testOctokit(), OWNER, REPO, 'octocat')).toBe(true);
  });

  it('refuses a user GitHub does not know as a collaborator', async () => {
    nock(API).get(path).reply(404, { message: 'Not Found' });

    expect(await canTriggerHeal(testOctokit(), OWNER, REPO, 'octocat')).toBe(false);
  });

  it('lets an outage through as a transient error', async () => {
    nock(API).get(path).reply(502, { message: 'Bad Gateway' });

    await expect(canTriggerHeal(testOctokit(), OWNER, REPO, 'octocat')).rejects.toBeInstanceOf(TransientError);
  });
});
