import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BadInputError } from '../../../src/errors/index.ts';
import { isGitUrl, resolveSource } from '../../../src/heal/workspace/source.ts';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.ts';

const cleanups: Array<() => void> = [];

function repoOf(files: Record<string, string>): TestRepo {
  const repo = makeRepo(files);
  cleanups.push(repo.cleanup);
  return repo;
}

function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'rift-src-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('resolveSource for a local path', () => {
  it('resolves a repository to its root, HEAD commit and branch', async () => {
    const repo = repoOf({ 'app.py': 'x = 1\n' });
    const head = repo.git('rev-parse', 'HEAD').trim();

    const source = await resolveSource(repo.dir);

    expect(source).toEqual({ cloneFrom: repo.dir, repoUrl: repo.dir, localPath: repo.dir, commitSha: head, ref: 'main' });
  });

  it('resolves a sub-directory, or a path relative to cwd, to the repository root', async () => {
    const repo = repoOf({ 'pkg/app.py': 'x = 1\n' });

    const fromSub = await resolveSource(path.join(repo.dir, 'pkg'));
    const relative = await resolveSource('pkg', repo.dir);

    expect(fromSub.cloneFrom).toBe(repo.dir);
    expect(relative.cloneFrom).toBe(repo.dir);
  });

  it('names a detached HEAD as HEAD', async () => {
    const repo = repoOf({ 'app.py': 'x = 1\n' });
    repo.git('checkout', '--quiet', '--detach');

    const source = await resolveSource(repo.dir);

    expect(source.ref).toBe('HEAD');
  });

  it('refuses a blank target', async () => {
    await expect(resolveSource('  ')).rejects.toThrow(new BadInputError('No repository given: pass a path or a git URL.'));
  });

  it('refuses a missing path', async () => {
    const missing = path.join(tempDir(), 'nope');

    await expect(resolveSource(missing)).rejects.toThrow(new BadInputError(`${missing} does not exist.`));
  });

  it('refuses a file', async () => {
    const file = path.join(tempDir(), 'a.txt');
    writeFileSync(file, 'x');

    await expect(resolveSource(file)).rejects.toThrow(new BadInputError(`${file} is not a directory.`));
  });

  it('refuses a directory that is not a repository', async () => {
    const dir = tempDir();

    await expect(resolveSource(dir)).rejects.toThrow(BadInputError);
    await expect(resolveSource(dir)).rejects.toThrow(/is not a git repository/);
  });

  it('refuses an empty repository', async () => {
    const repo = repoOf({});

    await expect(resolveSource(repo.dir)).rejects.toThrow(new BadInputError(`${repo.dir} is an empty repository: it has no commit to heal.`));
  });
});

describe('resolveSource for a URL', () => {
  it('resolves a file:// URL to the remote HEAD and its branch', async () => {
    const repo = repoOf({ 'app.py': 'x = 1\n' });
    const head = repo.git('rev-parse', 'HEAD').trim();
    const url = `file://${repo.dir}`;

    const source = await resolveSource(url);

    expect(source).toEqual({ cloneFrom: url, repoUrl: url, localPath: null, commitSha: head, ref: 'main' });
  });

  it('refuses an unreachable file:// URL', async () => {
    const act = resolveSource('file:///nonexistent/rift/repo.git');

    await expect(act).rejects.toThrow(BadInputError);
    await expect(resolveSource('file:///nonexistent/rift/repo.git')).rejects.toThrow(/^Cannot reach file:\/\/\/nonexistent\/rift\/repo\.git: /);
  });

  it('refuses an empty repository behind a URL', async () => {
    const repo = repoOf({});

    await expect(resolveSource(`file://${repo.dir}`)).rejects.toThrow(/is an empty repository/);
  });
});

describe('isGitUrl', () => {
  it.each(['https://github.com/o/r.git', 'ssh://git@host/r', 'git@github.com:o/r.git', 'file:///srv/r', 'git://host/r'])('is true for %s', (value) => {
    expect(isGitUrl(value)).toBe(true);
  });

  it.each(['./repo', '/srv/repo', 'repo', 'C:\\repo'])('is false for %s', (value) => {
    expect(isGitUrl(value)).toBe(false);
  });
});
