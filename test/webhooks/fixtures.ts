// Webhook payloads copied from @octokit/webhooks-examples (GitHub's own examples) with only the fields
// a case needs changed, and REST responses in the shapes GitHub documents, for the webhook tests.
import type { WebhookDefinition } from '@octokit/webhooks-examples';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import type { PullRequestTrigger } from '../../src/webhooks/trigger.ts';

// The package is CommonJS JSON; require keeps its declared type without an import attribute.
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];

type Json = Record<string, any>;

// A deep copy of the first example of an event whose action (and optional test) matches.
function example(name: string, action: string, test: (payload: Json) => boolean = () => true): Json {
  const found = (examples.find((definition) => definition.name === name)?.examples ?? []) as Json[];
  const payload = found.find((candidate) => candidate.action === action && test(candidate));
  if (!payload) throw new Error(`@octokit/webhooks-examples has no ${name}.${action} example`);
  return structuredClone(payload);
}

export const OWNER = 'Codertocat';
export const REPO = 'Hello-World';
export const REPO_HTML_URL = `https://github.com/${OWNER}/${REPO}`;
export const API = 'https://api.github.com';

/** A fresh commit sha, so each test has its own fingerprint in the shared database. */
export function newSha(): string {
  return randomBytes(20).toString('hex');
}

let nextInstallation = Math.floor(Math.random() * 1_000_000) + 1_000;

/** A fresh installation id, so each test's installation token is requested (and mocked) once. */
export function newInstallationId(): number {
  nextInstallation += 1;
  return nextInstallation;
}

let nextRepoId = Math.floor(Math.random() * 1_000_000) + 500_000_000;

/**
 * A fresh repository id: the edge caches rift.yml per repository id, so a test that wants its own
 * rift.yml read gets a repository of its own (same owner, name and URL).
 */
export function newRepoId(): number {
  nextRepoId += 1;
  return nextRepoId;
}

export interface CheckRunCase {
  sha: string;
  installationId: number;
  /** The repository's id; a fresh one (newRepoId) unless given. */
  repoId?: number;
  conclusion?: string;
  appId?: number;
  branch?: string;
  /** The pull requests the check run lists; by default PR #2 with this head sha. */
  pullNumbers?: number[];
  /** The listed pull requests' head lives in this fork (owner/name), a repository of another id. */
  forkFullName?: string;
}

/** check_run.completed (GitHub's "failure" example) on the given commit. */
export function checkRunCompleted(c: CheckRunCase): Json {
  const payload = example('check_run', 'completed', (p) => p.check_run.conclusion === 'failure');
  const run = payload.check_run;
  run.head_sha = c.sha;
  run.conclusion = c.conclusion ?? 'failure';
  run.check_suite.head_sha = c.sha;
  if (c.branch) run.check_suite.head_branch = c.branch;
  if (c.appId !== undefined) run.app.id = c.appId;
  const repoId = c.repoId ?? newRepoId();
  payload.repository.id = repoId;
  const template = run.pull_requests[0];
  const repo = { ...template.base.repo, id: repoId };
  const headRepo = c.forkFullName
    ? { id: repoId + 1, url: `${API}/repos/${c.forkFullName}`, name: c.forkFullName.split('/')[1] }
    : repo;
  run.pull_requests = (c.pullNumbers ?? [2]).map((number) => ({
    ...structuredClone(template),
    number,
    head: { ...template.head, sha: c.sha, repo: headRepo },
    base: { ...template.base, repo },
  }));
  payload.installation = { id: c.installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  return payload;
}

/** check_suite.completed on a branch and commit. */
export function checkSuiteCompleted(sha: string, branch: string): Json {
  const payload = example('check_suite', 'completed');
  Object.assign(payload.check_suite, { head_sha: sha, after: sha, head_branch: branch });
  return payload;
}

/** workflow_run.completed on a branch and commit. */
export function workflowRunCompleted(sha: string, branch: string, conclusion = 'success'): Json {
  const payload = example('workflow_run', 'completed');
  Object.assign(payload.workflow_run, { head_sha: sha, head_branch: branch, conclusion });
  return payload;
}

export interface CommentCase {
  body: string;
  installationId: number;
  user?: string;
  userType?: 'User' | 'Bot';
  number?: number;
  commentId?: number;
}

/** issue_comment.created on pull request #number (the example's issue, made a pull request). */
export function commentCreated(c: CommentCase): Json {
  const payload = example('issue_comment', 'created', (p) => !p.issue.pull_request);
  const number = c.number ?? 2;
  const login = c.user ?? 'Codertocat';
  const type = c.userType ?? 'User';
  payload.issue.number = number;
  payload.issue.pull_request = {
    url: `${API}/repos/${OWNER}/${REPO}/pulls/${number}`,
    html_url: `${REPO_HTML_URL}/pull/${number}`,
    diff_url: `${REPO_HTML_URL}/pull/${number}.diff`,
    patch_url: `${REPO_HTML_URL}/pull/${number}.patch`,
  };
  Object.assign(payload.comment, { id: c.commentId ?? 492700400, body: c.body });
  Object.assign(payload.comment.user, { login, type });
  Object.assign(payload.sender, { login, type });
  payload.installation = { id: c.installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' };
  return payload;
}

export interface PullCase {
  number?: number;
  sha: string;
  ref?: string;
  author?: string;
  commits?: number;
  state?: 'open' | 'closed';
  /** owner/name of a fork the head lives in. */
  forkFullName?: string;
}

/** A pull request as GET /repos/{o}/{r}/pulls/{n} returns it (the webhook example's pull_request). */
export function pullResponse(c: PullCase): Json {
  const pull = example('pull_request', 'opened').pull_request;
  pull.number = c.number ?? 2;
  pull.state = c.state ?? 'open';
  pull.commits = c.commits ?? 1;
  pull.user.login = c.author ?? 'Codertocat';
  Object.assign(pull.head, { sha: c.sha, ref: c.ref ?? 'changes' });
  if (c.forkFullName) {
    const [owner, name] = c.forkFullName.split('/');
    pull.head.label = `${owner}:${pull.head.ref}`;
    Object.assign(pull.head.repo, { id: 99, name, full_name: c.forkFullName, fork: true, html_url: `https://github.com/${c.forkFullName}` });
    pull.head.repo.owner.login = owner;
  }
  return pull;
}

/** A commit as GET /repos/{o}/{r}/pulls/{n}/commits lists it. */
export function pullCommit(author: { login: string; type: 'User' | 'Bot' } | null, message: string): Json {
  const sha = newSha();
  return {
    sha,
    node_id: `C_${sha.slice(0, 12)}`,
    commit: { message, author: { name: author?.login ?? 'someone', email: 'someone@example.com', date: '2025-01-31T14:00:00Z' } },
    author: author ? { login: author.login, id: 1, type: author.type } : null,
    committer: author ? { login: author.login, id: 1, type: author.type } : null,
    parents: [],
  };
}

/** GET /repos/{o}/{r}/collaborators/{user}/permission. */
export function permissionResponse(user: string, permission: string, roleName: string): Json {
  return { permission, role_name: roleName, user: { login: user, id: 1, type: 'User' } };
}

/** A trigger of pull request #2 of the fixture repository at `sha`, as the edge stores it. */
export function pullRequestTrigger(sha: string, fields: Partial<PullRequestTrigger> = {}): PullRequestTrigger {
  return {
    kind: 'check_run',
    installationId: 1,
    owner: OWNER,
    repo: REPO,
    repoHtmlUrl: REPO_HTML_URL,
    pullNumber: 2,
    headSha: sha,
    headRef: 'changes',
    baseRef: 'master',
    fork: false,
    headRepoFullName: `${OWNER}/${REPO}`,
    sender: 'octocat',
    team: 'Code Warriors',
    leader: 'Ada Lovelace',
    ...fields,
  };
}
