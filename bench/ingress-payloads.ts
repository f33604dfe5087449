// Webhook payloads for the ingress bench and the server-process tests: GitHub's own examples
// (@octokit/webhooks-examples) with only the repository, commit, pull request and installation changed.
import { createRequire } from 'node:module';
import type { WebhookDefinition } from '@octokit/webhooks-examples';

// The package is CommonJS JSON; require keeps its declared type without an import attribute.
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface FailedCheckRunCase {
  owner: string;
  repo: string;
  /** Base of html_url links: https://github.com, or a GHE (or stub) host. */
  webUrl: string;
  installationId: number;
  sha: string;
  pullNumber: number;
  headRef: string;
}

/** check_run.completed with conclusion failure on a pull request's head commit (GitHub's example). */
export function failedCheckRun(c: FailedCheckRunCase): Json {
  const found = examples.find((d) => d.name === 'check_run')?.examples as Json[] | undefined;
  const template = found?.find((p) => p.action === 'completed' && p.check_run.conclusion === 'failure');
  if (!template) throw new Error('@octokit/webhooks-examples has no failed check_run.completed example');
  const payload = structuredClone(template);
  const fullName = `${c.owner}/${c.repo}`;
  Object.assign(payload.repository, { name: c.repo, full_name: fullName, html_url: `${c.webUrl}/${fullName}` });
  payload.repository.owner.login = c.owner;
  const run = payload.check_run;
  run.head_sha = c.sha;
  Object.assign(run.check_suite, { head_sha: c.sha, head_branch: c.headRef });
  const pull = run.pull_requests[0];
  run.pull_requests = [{ ...pull, number: c.pullNumber, head: { ...pull.head, ref: c.headRef, sha: c.sha } }];
  payload.installation = { id: c.installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  return payload;
}
