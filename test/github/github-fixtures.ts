// Real shapes for the GitHub tests: the pull request comes from @octokit/webhooks-examples (GitHub's
// own webhook examples); REST responses carry the fields GitHub documents for them.
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import type { PullRequestOpenedEvent } from '@octokit/webhooks-types';
import { createRequire } from 'node:module';
import { createOctokit } from '../../src/github/octokit.ts';

// The package is CommonJS JSON; require keeps its declared type without an import attribute.
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

const silent = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

/** The pull request of GitHub's "pull_request opened" example payload. */
export function pullRequestTarget(): { owner: string; repo: string; number: number; headSha: string } {
  const definition = examples.find((example) => example.name === 'pull_request');
  const events = (definition?.examples ?? []) as PullRequestOpenedEvent[];
  const event = events.find((example) => example.action === 'opened');
  if (!event) throw new Error('@octokit/webhooks-examples has no "pull_request opened" example');
  return {
    owner: event.repository.owner.login,
    repo: event.repository.name,
    number: event.number,
    headSha: event.pull_request.head.sha,
  };
}

/** A check run object as GitHub returns it, from the "check_run" example payload. */
export function checkRunResponse(fields: { id: number; name: string; external_id: string; head_sha: string; annotations_count?: number }): object {
  const definition = examples.find((example) => example.name === 'check_run');
  const example = structuredClone((definition?.examples[0] as { check_run: Record<string, unknown> }).check_run);
  const output = { ...(example.output as object), annotations_count: fields.annotations_count ?? 0 };
  return { ...example, id: fields.id, name: fields.name, external_id: fields.external_id, head_sha: fields.head_sha, output };
}

/** An issue comment as GET /repos/{owner}/{repo}/issues/{n}/comments lists it. */
export function issueComment(owner: string, repo: string, number: number, id: number, body: string): object {
  return {
    id,
    node_id: `IC_kwDO${id}`,
    url: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${id}`,
    html_url: `https://github.com/${owner}/${repo}/pull/${number}#issuecomment-${id}`,
    issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${number}`,
    body,
    user: { login: id % 2 === 0 ? 'rift-app[bot]' : 'octocat', id: 1000 + id, type: id % 2 === 0 ? 'Bot' : 'User' },
    created_at: '2025-01-31T14:00:00Z',
    updated_at: '2025-01-31T14:00:00Z',
    author_association: 'NONE',
  };
}

/** A real @octokit/rest client against api.github.com (or GHE), quiet in test output. */
export function testOctokit(env: { GHE_HOST?: string; GHE_PROTOCOL?: string } = {}) {
  return createOctokit({ token: 'ghs_test_token', env, log: silent });
}
