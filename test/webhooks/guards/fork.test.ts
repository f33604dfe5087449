import { describe, expect, it } from 'vitest';
import { isForkPullRequest } from '../../../src/webhooks/guards/fork.ts';

describe('isForkPullRequest', () => {
  it('is a fork when the head lives in another repository, whatever the case of the names', () => {
    expect(isForkPullRequest({ headRepoFullName: 'octocat/Hello-World', baseRepoFullName: 'Codertocat/Hello-World' })).toBe(true);
    expect(isForkPullRequest({ headRepoFullName: 'codertocat/hello-world', baseRepoFullName: 'Codertocat/Hello-World' })).toBe(false);
  });
});
