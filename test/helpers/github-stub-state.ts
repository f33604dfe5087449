// The in-memory GitHub behind the stub server: repositories, pull requests, what the app wrote
// (check runs, comments, reactions, pull requests) and the sign-in side (the App's OAuth client, its
// codes and user tokens). Plain data, so tests read it directly.

export type StubPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export interface StubCommit {
  sha: string;
  /** Login of the commit's author; `[bot]` logins are bots. */
  author: string;
  message?: string;
}

export interface StubPull {
  number: number;
  title?: string;
  /** Who opened it. */
  user?: string;
  head: { ref: string; sha: string; /** owner/name; another repository makes it a fork PR. */ repoFullName?: string };
  base: { ref: string; sha?: string };
  commits?: StubCommit[];
  state?: 'open' | 'closed';
}

/** What the repository's own CI says about a commit: null when no CI runs on it. */
export type StubCiVerdict = { status: 'queued' | 'in_progress' | 'completed'; conclusion: 'success' | 'failure' | null } | null;

export interface StubRepoInit {
  owner: string;
  repo: string;
  defaultBranch?: string;
  /** path -> text, served by the contents API at any ref (e.g. `.github/rift.yml`). */
  files?: Record<string, string>;
  /** Collaborator permissions by login; anyone else is `read` (`none`: the repository is hidden from them). */
  permissions?: Record<string, StubPermission>;
  /** Branch heads by name (the default branch's, for a run started from the dashboard). */
  branches?: Record<string, string>;
  pulls?: StubPull[];
  protectedBranches?: string[];
  /** The CI of a pushed commit; none runs unless given. */
  ci?: (sha: string) => StubCiVerdict;
}

export interface StubRepo extends Required<Omit<StubRepoInit, 'ci'>> {
  ci: (sha: string) => StubCiVerdict;
}

export interface StubCheckRun {
  id: number;
  repo: string;
  name: string;
  head_sha: string;
  external_id: string | null;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  output: { title?: string; summary?: string; text?: string };
  annotations: unknown[];
}

export interface StubComment {
  id: number;
  repo: string;
  issue_number: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
}

export interface StubReaction {
  repo: string;
  comment_id: number;
  content: string;
}

export interface StubCreatedPull {
  number: number;
  repo: string;
  title: string;
  body: string;
  head: string;
  base: string;
  state: 'open' | 'closed';
}

/** GitHub's side of the App's OAuth web flow (sign-in to the dashboard). */
export interface StubOAuth {
  clientId: string;
  clientSecret: string;
  /** The login that signs in at the next authorize: the person at GitHub's consent page. */
  signInAs: string | null;
  /** User ids by login, given at first sign-in. */
  users: Map<string, number>;
  /** Codes not yet exchanged: whose they are and the redirect URI they were issued for (single use). */
  codes: Map<string, { login: string; redirectUri: string }>;
  /** User tokens handed out: whose each is. */
  userTokens: Map<string, string>;
}

export interface StubState {
  appId: number;
  /** The installation every repository belongs to. */
  installationId: number;
  repos: Map<string, StubRepo>;
  /** Installation tokens handed out, newest last. */
  tokens: string[];
  checkRuns: StubCheckRun[];
  comments: StubComment[];
  reactions: StubReaction[];
  createdPulls: StubCreatedPull[];
  oauth: StubOAuth;
  nextId: () => number;
}

/** An empty GitHub for one app and one installation. */
export function createStubState(appId: number, installationId: number): StubState {
  let id = 1000;
  return {
    appId,
    installationId,
    repos: new Map(),
    tokens: [],
    checkRuns: [],
    comments: [],
    reactions: [],
    createdPulls: [],
    oauth: { clientId: 'Iv23liStubClientId', clientSecret: 'stub-client-secret-0123456789abcdef', signInAs: null, users: new Map(), codes: new Map(), userTokens: new Map() },
    nextId: () => (id += 1),
  };
}

/** Adds (or replaces) a repository with its defaults filled in. */
export function addStubRepo(state: StubState, init: StubRepoInit): StubRepo {
  const repo: StubRepo = {
    owner: init.owner,
    repo: init.repo,
    defaultBranch: init.defaultBranch ?? 'main',
    files: init.files ?? {},
    permissions: init.permissions ?? {},
    branches: init.branches ?? {},
    pulls: init.pulls ?? [],
    protectedBranches: init.protectedBranches ?? [],
    ci: init.ci ?? (() => null),
  };
  state.repos.set(`${init.owner}/${init.repo}`.toLowerCase(), repo);
  return repo;
}
