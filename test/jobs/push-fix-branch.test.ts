import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { takeFixBranchLease } from '../../src/jobs/fix-branch-lease.ts';
import { pushFixBranch, pushRefusal, remoteBranchSha } from '../../src/jobs/push-fix-branch.ts';
import { makeRepo, type TestRepo } from '../helpers/git-repo.ts';
import { createGitHubRemotes, type BareRepo, type GitHubRemotes } from '../helpers/github-remote.ts';

const BRANCH = 'CODE_WARRIORS_JOHN_DOE_AI_Fix';
const URL = 'https://github.com/octo-org/shop.git';
const REFS = { baseRef: 'main', headRef: 'feature' };

let remotes: GitHubRemotes;
let uninstall: () => void;
let bare: BareRepo;
let work: TestRepo;

// A workspace-like clone on the fix branch with one commit of RIFT's.
function commitOnFixBranch(message: string): string {
  work.git('checkout', '--quiet', '-B', BRANCH);
  execFileSync('sh', ['-c', `echo "${message}" >> fix.txt`], { cwd: work.dir });
  work.git('add', 'fix.txt');
  work.git('commit', '--quiet', '-m', `[AI-AGENT] ${message}`);
  return work.git('rev-parse', 'HEAD').trim();
}

beforeEach(() => {
  remotes = createGitHubRemotes();
  uninstall = remotes.install();
  work = makeRepo({ 'app.py': 'x = 1\n' });
  work.git('branch', 'feature');
  bare = remotes.addRepo('octo-org', 'shop', work.dir);
});

afterEach(() => {
  uninstall();
  remotes.cleanup();
  work.cleanup();
});

describe('pushRefusal', () => {
  it('allows only _AI_Fix branches that are neither the base nor the head of the pull request', () => {
    expect(pushRefusal(BRANCH, REFS)).toBeNull();
    expect(pushRefusal('main', REFS)).toMatch(/only its own fix branches/);
    expect(pushRefusal(BRANCH, { baseRef: BRANCH, headRef: 'feature' })).toMatch(/base branch/);
    expect(pushRefusal(BRANCH, { baseRef: 'main', headRef: BRANCH })).toMatch(/own branch/);
  });
});

describe('pushFixBranch', () => {
  it('creates the branch when the lease says it must not exist, and reads it back with ls-remote', async () => {
    const sha = commitOnFixBranch('one');

    const outcome = await pushFixBranch({ repoDir: work.dir, url: URL, branch: BRANCH, expectedSha: null, refs: REFS, env: {} });

    expect(outcome).toEqual({ kind: 'pushed', sha });
    expect(bare.branchSha(BRANCH)).toBe(sha);
    expect(await remoteBranchSha(URL, BRANCH, {})).toBe(sha);
    expect(await remoteBranchSha(URL, 'NOBODY_AI_Fix', {})).toBeNull();
  });

  it('is rejected when the branch is not where the lease expects it', async () => {
    const first = commitOnFixBranch('one');
    await pushFixBranch({ repoDir: work.dir, url: URL, branch: BRANCH, expectedSha: null, refs: REFS, env: {} });
    const theirs = bare.pushAsPerson(BRANCH, 'notes.txt', 'mine\n');
    commitOnFixBranch('two');

    const outcome = await pushFixBranch({ repoDir: work.dir, url: URL, branch: BRANCH, expectedSha: first, refs: REFS, env: {} });

    expect(outcome).toMatchObject({ kind: 'rejected', reason: 'lease' });
    expect(bare.branchSha(BRANCH)).toBe(theirs);
  });

  it('refuses a branch RIFT does not own without running git', async () => {
    work.git('checkout', '--quiet', 'feature');
    const before = bare.branchSha('feature');

    const outcome = await pushFixBranch({ repoDir: work.dir, url: URL, branch: 'feature', expectedSha: before, refs: REFS, env: {} });

    expect(outcome).toMatchObject({ kind: 'rejected', reason: 'refused' });
    expect(bare.branchSha('feature')).toBe(before);
  });
});

describe('takeFixBranchLease', () => {
  it('pushes a sha once, then overwrites its own earlier push', async () => {
    const stale = commitOnFixBranch('left by an earlier attempt');
    execFileSync('git', ['push', '--quiet', bare.dir, `${BRANCH}:${BRANCH}`], { cwd: work.dir });
    work.git('reset', '--quiet', '--hard', 'main');
    const lease = await takeFixBranchLease({ url: URL, branch: BRANCH, refs: REFS, env: {} });
    const fresh = commitOnFixBranch('fresh');

    const first = await lease.push(work.dir, fresh);
    const again = await lease.push(work.dir, fresh);

    expect(stale).not.toBe(fresh);
    expect(first).toEqual({ kind: 'pushed', sha: fresh });
    expect(again).toEqual({ kind: 'unchanged', sha: fresh });
    expect(bare.subjects('main', BRANCH)).toEqual(['[AI-AGENT] fresh']);
  });

  it('stops for good once a person has pushed to the branch', async () => {
    const lease = await takeFixBranchLease({ url: URL, branch: BRANCH, refs: REFS, env: {} });
    await lease.push(work.dir, commitOnFixBranch('one'));
    const theirs = bare.pushAsPerson(BRANCH, 'notes.txt', 'mine\n');

    const seen = await lease.confirmOwnership();
    const next = await lease.push(work.dir, commitOnFixBranch('two'));

    const detail = `a person pushed to ${BRANCH}; RIFT stopped so it does not overwrite their work`;
    expect(seen).toEqual({ kind: 'stopped', detail });
    expect(next).toEqual({ kind: 'stopped', detail });
    expect(lease.stopped).toBe(detail);
    expect(bare.branchSha(BRANCH)).toBe(theirs);
  });
});
