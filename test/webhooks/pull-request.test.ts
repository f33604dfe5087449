import { createRequire } from 'node:module';
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import { describe, expect, it } from 'vitest';
import { pullFromCheckRun, type ListedPullRequest } from '../../src/webhooks/pull-request.ts';

// GitHub's failed check_run example lists one pull request of its own repository.
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];
const checkRuns = examples.find((d) => d.name === 'check_run')!.examples as Array<{ action: string; check_run: { conclusion: string; pull_requests: ListedPullRequest[] } }>;
const listed = checkRuns.find((p) => p.action === 'completed' && p.check_run.conclusion === 'failure')!.check_run.pull_requests[0];

describe('pullFromCheckRun', () => {
  it('reads the head, base and head repository of a listed pull request', () => {
    expect(pullFromCheckRun(listed)).toEqual({
      number: 2,
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      headRef: 'changes',
      baseRef: 'master',
      headRepoFullName: 'Codertocat/Hello-World',
      fork: false,
    });
  });

  it('knows a fork by the head repository’s id and names it from its API URL (GHE too)', () => {
    const fork = structuredClone(listed);
    fork.head.repo = { id: 99, url: 'https://ghe.example.com/api/v3/repos/octocat/Hello-World', name: 'Hello-World' };

    expect(pullFromCheckRun(fork)).toMatchObject({ fork: true, headRepoFullName: 'octocat/Hello-World' });
  });
});
