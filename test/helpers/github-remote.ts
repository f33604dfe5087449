// GitHub's git side for tests: bare repositories under a temp dir, reached at their GitHub URLs
// through git's own url.<base>.insteadOf (a GIT_CONFIG_GLOBAL file), so production code clones and
// pushes https://github.com/<owner>/<repo>.git unchanged and no special case exists in src.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface BareRepo {
  /** <remotes dir>/<owner>/<repo>.git */
  dir: string;
  git: (...args: string[]) => string;
  /** The sha `branch` points at, or null when it does not exist. */
  branchSha(branch: string): string | null;
  /** Subjects of the commits on `branch` that are not on `since`, oldest first. */
  subjects(since: string, branch: string): string[];
  /** A person's commit on `branch`, pushed from a clone of their own; returns its sha. */
  pushAsPerson(branch: string, file: string, content: string): string;
  /** A commit of `files` on `branch` (created from `from` when given), pushed by `author`; returns its sha. */
  pushCommit(args: { branch: string; from?: string; files: Record<string, string>; message: string; author?: { name: string; email: string } }): string;
}

export interface GitHubRemotes {
  /** The directory that stands for https://github.com/. */
  dir: string;
  /** The gitconfig that maps https://github.com/ onto `dir`. */
  gitconfig: string;
  /** A bare copy of `sourceDir` (every branch) at https://github.com/<owner>/<repo>.git. */
  addRepo(owner: string, repo: string, sourceDir: string): BareRepo;
  /** Points GIT_CONFIG_GLOBAL at `gitconfig` for this process and its children; returns the undo. */
  install(): () => void;
  cleanup(): void;
}

const PERSON = ['-c', 'user.name=Octo Cat', '-c', 'user.email=octocat@example.com'];

/** A temp directory of bare repositories and the gitconfig that puts them at GitHub's URLs. */
export function createGitHubRemotes(host = 'github.com'): GitHubRemotes {
  const base = mkdtempSync(path.join(tmpdir(), 'rift-github-'));
  const dir = path.join(base, 'remotes');
  const gitconfig = path.join(base, 'gitconfig');
  mkdirSync(dir, { recursive: true });
  writeFileSync(gitconfig, `[url "file://${dir}/"]\n\tinsteadOf = https://${host}/\n[init]\n\tdefaultBranch = main\n`);

  return {
    dir,
    gitconfig,
    addRepo(owner, repo, sourceDir) {
      const bare = path.join(dir, owner, `${repo}.git`);
      mkdirSync(path.dirname(bare), { recursive: true });
      execFileSync('git', ['clone', '--quiet', '--bare', sourceDir, bare]);
      return bareRepo(bare, base);
    },
    install() {
      const previous = process.env.GIT_CONFIG_GLOBAL;
      process.env.GIT_CONFIG_GLOBAL = gitconfig;
      return () => {
        if (previous === undefined) delete process.env.GIT_CONFIG_GLOBAL;
        else process.env.GIT_CONFIG_GLOBAL = previous;
      };
    },
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
}

function bareRepo(dir: string, scratch: string): BareRepo {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
  return {
    dir,
    git,
    branchSha(branch) {
      try {
        return git('rev-parse', '--verify', '--quiet', `refs/heads/${branch}`).trim();
      } catch {
        return null;
      }
    },
    subjects(since, branch) {
      const out = git('log', '--reverse', '--format=%s', `${since}..${branch}`).trim();
      return out === '' ? [] : out.split('\n');
    },
    pushAsPerson(branch, file, content) {
      return this.pushCommit({ branch, files: { [file]: content }, message: `person's change to ${file}` });
    },
    pushCommit({ branch, from, files, message, author }) {
      const clone = mkdtempSync(path.join(scratch, 'pusher-'));
      const who = author ? ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`] : PERSON;
      const run = (...args: string[]) => execFileSync('git', [...who, ...args], { cwd: clone, encoding: 'utf8' });
      run('clone', '--quiet', dir, '.');
      run('checkout', '--quiet', '-B', branch, from ?? `origin/${branch}`);
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
        writeFileSync(path.join(clone, file), content);
      }
      run('add', '-A');
      run('commit', '--quiet', '-m', message);
      run('push', '--quiet', '--force', 'origin', `HEAD:refs/heads/${branch}`);
      const sha = run('rev-parse', 'HEAD').trim();
      rmSync(clone, { recursive: true, force: true });
      return sha;
    },
  };
}
