// The GitHub REST routes a RIFT run and the dashboard use, answered from StubState. Paths are relative
// to /api/v3 (GitHub Enterprise's API prefix, which apiBaseUrl gives for GHE_HOST), or to the web host
// for the OAuth pages (github-stub-oauth.ts). Shapes carry the fields RIFT and Octokit read, in GitHub's names.
import { OAUTH_ROUTES, permissionFlags, userOf } from './github-stub-oauth.ts';
import type { StubCheckRun, StubComment, StubPull, StubRepo, StubState } from './github-stub-state.ts';

export interface StubRequest {
  method: string;
  /** Path under /api/v3, without the query. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface StubAnswer {
  status: number;
  body?: unknown;
  /** Sent as text/plain instead of JSON (the raw media type). */
  raw?: string;
  /** More response headers (a redirect's location). */
  headers?: Record<string, string>;
}

/** Who calls: an installation token, the app's JWT, a user's token (from the OAuth web flow), or nobody signed. */
export type StubCaller = 'token' | 'jwt' | 'user' | 'none';

type Handler = (req: StubRequest, params: string[], state: StubState, web: string) => StubAnswer;

export interface StubRoute {
  method: string;
  pattern: RegExp;
  /** The credentials it takes; GitHub answers any other 401. */
  callers: StubCaller[];
  /** On the web host (GitHub's pages), not under /api/v3. */
  web?: boolean;
  handle: Handler;
}

const NOT_FOUND: StubAnswer = { status: 404, body: { message: 'Not Found' } };
const SEG = '([^/]+)';

// Each repository route starts /repos/{owner}/{repo}; a repository the state lacks answers 404.
function repoRoute(
  method: string,
  rest: string,
  handle: (req: StubRequest, repo: StubRepo, params: string[], state: StubState, web: string) => StubAnswer,
  callers: StubCaller[] = ['token'],
): StubRoute {
  return {
    method,
    pattern: new RegExp(`^/repos/${SEG}/${SEG}${rest}$`),
    callers,
    handle: (req, [owner, name, ...params], state, web) => {
      const repo = state.repos.get(`${owner}/${name}`.toLowerCase());
      return repo ? handle(req, repo, params, state, web) : NOT_FOUND;
    },
  };
}

const ok = (body: unknown, status = 200): StubAnswer => ({ status, body });
const fullName = (repo: StubRepo) => `${repo.owner}/${repo.repo}`;
const bodyOf = (req: StubRequest) => (req.body ?? {}) as Record<string, unknown>;

function pullJson(repo: StubRepo, pull: StubPull, web: string): unknown {
  const headRepo = pull.head.repoFullName ?? fullName(repo);
  const [headOwner, headName] = headRepo.split('/');
  return {
    number: pull.number,
    state: pull.state ?? 'open',
    title: pull.title ?? `Pull request ${pull.number}`,
    commits: pull.commits?.length ?? 1,
    html_url: `${web}/${fullName(repo)}/pull/${pull.number}`,
    user: { login: pull.user ?? 'octocat', type: 'User' },
    head: {
      ref: pull.head.ref,
      sha: pull.head.sha,
      label: `${headOwner}:${pull.head.ref}`,
      repo: { full_name: headRepo, name: headName, owner: { login: headOwner }, fork: headRepo !== fullName(repo), html_url: `${web}/${headRepo}` },
    },
    base: { ref: pull.base.ref, sha: pull.base.sha ?? '0'.repeat(40), repo: { full_name: fullName(repo), name: repo.repo, owner: { login: repo.owner } } },
  };
}

function checkRunJson(run: StubCheckRun, web: string): unknown {
  return { ...run, html_url: `${web}/${run.repo}/runs/${run.id}`, output: { ...run.output, annotations_count: run.annotations.length }, app: { id: 0 } };
}

function commentJson(comment: StubComment, web: string): unknown {
  return { ...comment, html_url: `${web}/${comment.repo}/pull/${comment.issue_number}#issuecomment-${comment.id}` };
}

// The repository's CI on a commit: one Actions workflow run when its verdict says it ran.
function workflowRuns(repo: StubRepo, sha: string, web: string): unknown[] {
  const verdict = repo.ci(sha);
  if (!verdict) return [];
  const id = Number.parseInt(sha.slice(0, 8), 16);
  return [{ id, name: 'CI', head_sha: sha, status: verdict.status, conclusion: verdict.conclusion, check_suite_id: id, html_url: `${web}/${fullName(repo)}/actions/runs/${id}` }];
}

export const ROUTES: StubRoute[] = [
  ...OAUTH_ROUTES,
  { method: 'GET', pattern: /^\/app$/, callers: ['jwt'], handle: (_r, _p, state) => ok({ id: state.appId, slug: 'rift', name: 'RIFT', owner: { login: 'rift-dev' } }) },
  {
    method: 'POST',
    pattern: /^\/app\/installations\/(\d+)\/access_tokens$/,
    callers: ['jwt'],
    handle: (_req, [id], state) => {
      if (Number(id) !== state.installationId) return NOT_FOUND;
      const token = `ghs_stub${String(state.tokens.length).padStart(4, '0')}${'x'.repeat(28)}`;
      state.tokens.push(token);
      return ok({ token, expires_at: new Date(Date.now() + 3600_000).toISOString(), permissions: {}, repository_selection: 'all' }, 201);
    },
  },
  // Asked with the app's JWT: where the app is installed.
  repoRoute('GET', '/installation', (_req, _repo, _p, state) => ok({ id: state.installationId, app_id: state.appId }), ['jwt']),
  // A user's token sees its permissions, and nothing of a repository it has no access to.
  repoRoute(
    'GET',
    '',
    (req, repo, _p, state, web) => {
      const login = userOf(req, state);
      const permission = login === null ? null : (repo.permissions[login] ?? 'read');
      if (permission === 'none') return NOT_FOUND;
      const body = { full_name: fullName(repo), name: repo.repo, owner: { login: repo.owner }, default_branch: repo.defaultBranch, html_url: `${web}/${fullName(repo)}`, fork: false, private: true };
      return ok(permission === null ? body : { ...body, permissions: permissionFlags(permission) });
    },
    ['token', 'user'],
  ),
  repoRoute('GET', '/contents/(.+)', (req, repo, [file]) => {
    const text = repo.files[decodeURIComponent(file)];
    if (text === undefined) return NOT_FOUND;
    if (String(req.headers.accept ?? '').includes('raw')) return { status: 200, raw: text };
    return ok({ type: 'file', encoding: 'base64', path: file, name: file.split('/').pop(), content: Buffer.from(text).toString('base64') });
  }),
  repoRoute('GET', `/collaborators/${SEG}/permission`, (_req, repo, [user]) => {
    const permission = repo.permissions[decodeURIComponent(user)] ?? 'read';
    const legacy = permission === 'maintain' ? 'write' : permission === 'triage' ? 'read' : permission;
    return ok({ permission: legacy, role_name: permission, user: { login: decodeURIComponent(user) } });
  }),
  repoRoute('GET', '/pulls/(\\d+)', (_req, repo, [n], _s, web) => {
    const pull = repo.pulls.find((p) => p.number === Number(n));
    return pull ? ok(pullJson(repo, pull, web)) : NOT_FOUND;
  }),
  repoRoute('GET', '/pulls/(\\d+)/commits', (req, repo, [n]) => {
    const pull = repo.pulls.find((p) => p.number === Number(n));
    if (!pull) return NOT_FOUND;
    // One page: later pages are empty, as GitHub answers past the end.
    if (Number(req.query.get('page') ?? 1) > 1) return ok([]);
    const commits = pull.commits ?? [{ sha: pull.head.sha, author: pull.user ?? 'octocat' }];
    return ok(commits.map((c) => ({ sha: c.sha, commit: { message: c.message ?? 'change' }, author: { login: c.author, type: c.author.endsWith('[bot]') ? 'Bot' : 'User' } })));
  }),
  repoRoute('GET', '/commits/([0-9a-f]{40})/pulls', (_req, repo, [sha], _s, web) =>
    ok(repo.pulls.filter((p) => p.head.sha === sha).map((p) => pullJson(repo, p, web))),
  ),
  repoRoute('GET', '/pulls', (req, repo, _p, state, web) => {
    const head = req.query.get('head');
    const base = req.query.get('base');
    const mine = state.createdPulls
      .filter((p) => p.repo === fullName(repo) && (!head || `${repo.owner}:${p.head}` === head) && (!base || p.base === base) && p.state === 'open')
      .map((p) => ({ number: p.number, state: p.state, title: p.title, body: p.body, html_url: `${web}/${p.repo}/pull/${p.number}`, head: { ref: p.head }, base: { ref: p.base } }));
    return ok(mine);
  }),
  repoRoute('POST', '/pulls', (req, repo, _p, state, web) => {
    const { title, body, head, base } = bodyOf(req) as Record<string, string>;
    const pull = { number: state.nextId(), repo: fullName(repo), title, body: body ?? '', head, base, state: 'open' as const };
    state.createdPulls.push(pull);
    return ok({ ...pull, html_url: `${web}/${pull.repo}/pull/${pull.number}`, head: { ref: head }, base: { ref: base } }, 201);
  }),
  repoRoute('PATCH', '/pulls/(\\d+)', (req, repo, [n], state, web) => {
    const pull = state.createdPulls.find((p) => p.repo === fullName(repo) && p.number === Number(n));
    if (!pull) return NOT_FOUND;
    Object.assign(pull, bodyOf(req));
    return ok({ ...pull, html_url: `${web}/${pull.repo}/pull/${pull.number}`, head: { ref: pull.head }, base: { ref: pull.base } });
  }),
  repoRoute('GET', `/branches/${SEG}`, (_req, repo, [branch]) => {
    const name = decodeURIComponent(branch);
    const sha = repo.branches[name];
    return ok({ name, protected: repo.protectedBranches.includes(name), ...(sha ? { commit: { sha } } : {}) });
  }),
  repoRoute('POST', '/check-runs', (req, repo, _p, state, web) => {
    const b = bodyOf(req);
    const output = (b.output ?? {}) as StubCheckRun['output'] & { annotations?: unknown[] };
    const { annotations = [], ...text } = output;
    const run: StubCheckRun = {
      id: state.nextId(), repo: fullName(repo), name: String(b.name), head_sha: String(b.head_sha), external_id: (b.external_id as string) ?? null,
      status: (b.status as string) ?? 'queued', conclusion: (b.conclusion as string) ?? null, details_url: (b.details_url as string) ?? null, output: text, annotations,
    };
    state.checkRuns.push(run);
    return ok(checkRunJson(run, web), 201);
  }),
  repoRoute('PATCH', '/check-runs/(\\d+)', (req, repo, [id], state, web) => {
    const run = state.checkRuns.find((r) => r.repo === fullName(repo) && r.id === Number(id));
    if (!run) return NOT_FOUND;
    const { output, ...rest } = bodyOf(req) as { output?: StubCheckRun['output'] & { annotations?: unknown[] } };
    Object.assign(run, rest);
    if (output) {
      const { annotations = [], ...text } = output;
      // GitHub appends each update's annotations to the run's.
      run.output = text;
      run.annotations.push(...annotations);
    }
    return ok(checkRunJson(run, web));
  }),
  repoRoute('GET', '/check-runs/(\\d+)', (_req, repo, [id], state, web) => {
    const run = state.checkRuns.find((r) => r.repo === fullName(repo) && r.id === Number(id));
    return run ? ok(checkRunJson(run, web)) : NOT_FOUND;
  }),
  repoRoute('GET', `/commits/${SEG}/check-runs`, (req, repo, [ref], state, web) => {
    const name = req.query.get('check_name');
    const runs = state.checkRuns.filter((r) => r.repo === fullName(repo) && r.head_sha === ref && (!name || r.name === name));
    return ok({ total_count: runs.length, check_runs: runs.map((r) => checkRunJson(r, web)) });
  }),
  repoRoute('GET', `/commits/${SEG}/check-suites`, (_req, repo, [ref]) => {
    const suites = workflowRuns(repo, ref, '').map((run) => {
      const r = run as { id: number; status: string; conclusion: string | null };
      return { id: r.id, head_sha: ref, status: r.status, conclusion: r.conclusion, latest_check_runs_count: 1, app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions' } };
    });
    return ok({ total_count: suites.length, check_suites: suites });
  }),
  repoRoute('GET', '/actions/runs', (req, repo, _p, _s, web) => {
    const sha = req.query.get('head_sha');
    const runs = sha ? workflowRuns(repo, sha, web) : [];
    return ok({ total_count: runs.length, workflow_runs: runs });
  }),
  repoRoute('GET', '/issues/(\\d+)/comments', (req, repo, [n], state, web) => {
    if (Number(req.query.get('page') ?? 1) > 1) return ok([]);
    return ok(state.comments.filter((c) => c.repo === fullName(repo) && c.issue_number === Number(n)).map((c) => commentJson(c, web)));
  }),
  repoRoute('POST', '/issues/(\\d+)/comments', (req, repo, [n], state, web) => {
    const comment: StubComment = { id: state.nextId(), repo: fullName(repo), issue_number: Number(n), body: String(bodyOf(req).body), user: { login: 'rift[bot]', type: 'Bot' } };
    state.comments.push(comment);
    return ok(commentJson(comment, web), 201);
  }),
  repoRoute('GET', '/issues/comments/(\\d+)', (_req, repo, [id], state, web) => {
    const comment = state.comments.find((c) => c.repo === fullName(repo) && c.id === Number(id));
    return comment ? ok(commentJson(comment, web)) : NOT_FOUND;
  }),
  repoRoute('PATCH', '/issues/comments/(\\d+)', (req, repo, [id], state, web) => {
    const comment = state.comments.find((c) => c.repo === fullName(repo) && c.id === Number(id));
    if (!comment) return NOT_FOUND;
    comment.body = String(bodyOf(req).body);
    return ok(commentJson(comment, web));
  }),
  repoRoute('POST', '/issues/comments/(\\d+)/reactions', (req, repo, [id], state) => {
    const reaction = { repo: fullName(repo), comment_id: Number(id), content: String(bodyOf(req).content) };
    state.reactions.push(reaction);
    return ok({ id: state.nextId(), content: reaction.content }, 201);
  }),
];

/** The route that answers `method path` (on the web host when `web`), with its captured parameters; null when none does. */
export function findRoute(method: string, path: string, web = false): { route: StubRoute; params: string[] } | null {
  for (const route of ROUTES) {
    if (route.method !== method || Boolean(route.web) !== web) continue;
    const match = route.pattern.exec(path);
    if (match) return { route, params: match.slice(1) };
  }
  return null;
}
