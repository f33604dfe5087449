import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolveSource } from '../../../src/heal/workspace/source.ts';
import { AGENT_EMAIL, AGENT_NAME, createWorkspace, type Workspace } from '../../../src/heal/workspace/workspace.ts';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.ts';

const BRANCH = 'CODE_WARRIORS_JOHN_DOE_AI_Fix';

let repo: TestRepo;
let workRoot: string;
let workspace: Workspace;

function wsGit(...args: string[]): string {
  return execFileSync('git', args, { cwd: workspace.root, encoding: 'utf8' }).trim();
}

beforeEach(async () => {
  repo = makeRepo({ 'src/app.py': 'import os\nx = 1\n', 'README.md': '# app\n', 'logo.bin': '\u0000\u0001' });
  workRoot = mkdtempSync(path.join(tmpdir(), 'rift-ws-'));
  workspace = await createWorkspace(await resolveSource(repo.dir), { runId: 'r1', branch: BRANCH, workRoot });
});

afterEach(async () => {
  await workspace.dispose();
  rmSync(workRoot, { recursive: true, force: true });
  repo.cleanup();
});

describe('createWorkspace', () => {
  it('clones into <workRoot>/run-<id>/repo with a home beside it', () => {
    expect(workspace.dir).toBe(path.join(workRoot, 'run-r1'));
    expect(workspace.root).toBe(path.join(workRoot, 'run-r1', 'repo'));
    expect(existsSync(workspace.home)).toBe(true);
    expect(readFileSync(path.join(workspace.root, 'src/app.py'), 'utf8')).toBe('import os\nx = 1\n');
  });

  it('is on the fix branch at the source commit', () => {
    expect(wsGit('symbolic-ref', '--short', 'HEAD')).toBe(BRANCH);
    expect(wsGit('rev-parse', 'HEAD')).toBe(repo.git('rev-parse', 'HEAD').trim());
    expect(workspace.branch).toBe(BRANCH);
  });

  it('leaves no remote and no credential in .git/config, and commits as the agent', () => {
    const config = readFileSync(path.join(workspace.root, '.git', 'config'), 'utf8');

    expect(wsGit('remote')).toBe('');
    expect(config).not.toContain('[remote');
    expect(config).not.toContain('url =');
    expect(config).not.toContain(repo.dir);
    expect(wsGit('config', 'user.name')).toBe(AGENT_NAME);
    expect(wsGit('config', 'user.email')).toBe(AGENT_EMAIL);
  });

  it('starts the fix branch at the commit asked for, not the newest one', async () => {
    const first = repo.git('rev-parse', 'HEAD').trim();
    writeFileSync(path.join(repo.dir, 'later.py'), 'y = 2\n');
    repo.git('add', '-A');
    repo.git('commit', '--quiet', '-m', 'later');
    const source = { ...(await resolveSource(repo.dir)), commitSha: first };

    const older = await createWorkspace(source, { runId: 'r2', branch: BRANCH, workRoot });

    expect(await older.headSha()).toBe(first);
    expect(existsSync(path.join(older.root, 'later.py'))).toBe(false);
    await older.dispose();
  });
});

describe('reading', () => {
  it('reads text files and lists tracked files', async () => {
    expect(await workspace.readText('src/app.py')).toBe('import os\nx = 1\n');
    expect((await workspace.listFiles()).sort()).toEqual(['README.md', 'logo.bin', 'src/app.py']);
  });

  it('says why a file cannot be read', async () => {
    expect(await workspace.readText('logo.bin')).toBeNull();
    expect(await workspace.unreadableReason('logo.bin')).toBe('file is binary');
    expect(await workspace.unreadableReason('../outside.py')).toBe('path is outside the repository or goes through a symlink');
    expect(await workspace.unreadableReason('src/app.py')).toBeNull();
  });
});

describe('applyEdits', () => {
  it('writes every edit when each file still holds its before text', async () => {
    await workspace.applyEdits([
      { file: 'src/app.py', before: 'import os\nx = 1\n', after: 'x = 1\n' },
      { file: 'src/new.py', before: '', after: 'y = 2\n' },
    ]);

    expect(readFileSync(path.join(workspace.root, 'src/app.py'), 'utf8')).toBe('x = 1\n');
    expect(readFileSync(path.join(workspace.root, 'src/new.py'), 'utf8')).toBe('y = 2\n');
  });

  it('refuses a file that changed since the patch was made, and writes nothing', async () => {
    const edits = [
      { file: 'README.md', before: '# app\n', after: '# App\n' },
      { file: 'src/app.py', before: 'import sys\nx = 1\n', after: 'x = 1\n' },
    ];

    await expect(workspace.applyEdits(edits)).rejects.toThrow('refusing to write src/app.py: it changed since the patch was made');

    expect(readFileSync(path.join(workspace.root, 'README.md'), 'utf8')).toBe('# app\n');
    expect(readFileSync(path.join(workspace.root, 'src/app.py'), 'utf8')).toBe('import os\nx = 1\n');
  });

  it.each(['../escape.py', '/tmp/escape.py'])('refuses a path outside the repository: %s', async (file) => {
    await expect(workspace.applyEdits([{ file, before: '', after: 'x\n' }])).rejects.toThrow(`refusing to write ${file}: outside the repository`);
  });

  it('refuses to write through a symlink pointing out of the repository', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'rift-out-'));
    symlinkSync(outside, path.join(workspace.root, 'link'));

    await expect(workspace.applyEdits([{ file: 'link/evil.py', before: '', after: 'x\n' }])).rejects.toThrow(/outside the repository/);

    expect(existsSync(path.join(outside, 'evil.py'))).toBe(false);
    rmSync(outside, { recursive: true, force: true });
  });

  it('undoEdits puts the before text back', async () => {
    const edits = [{ file: 'src/app.py', before: 'import os\nx = 1\n', after: 'x = 1\n' }];
    await workspace.applyEdits(edits);

    await workspace.undoEdits(edits);

    expect(readFileSync(path.join(workspace.root, 'src/app.py'), 'utf8')).toBe('import os\nx = 1\n');
  });
});

describe('commits', () => {
  it('commits exactly the given files and reverts with a new commit', async () => {
    await workspace.applyEdits([
      { file: 'src/app.py', before: 'import os\nx = 1\n', after: 'x = 1\n' },
      { file: 'README.md', before: '# app\n', after: '# App\n' },
    ]);

    const sha = await workspace.commit(['src/app.py'], '[AI-AGENT] fix');

    expect(sha).toBe(await workspace.headSha());
    expect(wsGit('show', '--name-only', '--format=', sha)).toBe('src/app.py');
    expect(await workspace.subjectOf(sha)).toBe('[AI-AGENT] fix');
    expect(wsGit('status', '--porcelain')).toBe('M README.md');

    const revertSha = await workspace.revert(sha, '[AI-AGENT] Revert "[AI-AGENT] fix"');

    expect(await workspace.subjectOf(revertSha)).toBe('[AI-AGENT] Revert "[AI-AGENT] fix"');
    expect(readFileSync(path.join(workspace.root, 'src/app.py'), 'utf8')).toBe('import os\nx = 1\n');
  });

  it('trial-reverts in the work tree only, and discardTrial restores HEAD', async () => {
    await workspace.applyEdits([{ file: 'src/app.py', before: 'import os\nx = 1\n', after: 'x = 1\n' }]);
    const sha = await workspace.commit(['src/app.py'], '[AI-AGENT] fix');

    const reverted = await workspace.trialRevert(sha);

    expect(reverted).toBe(true);
    expect(await workspace.headSha()).toBe(sha);
    expect(readFileSync(path.join(workspace.root, 'src/app.py'), 'utf8')).toBe('import os\nx = 1\n');

    await workspace.discardTrial();

    expect(readFileSync(path.join(workspace.root, 'src/app.py'), 'utf8')).toBe('x = 1\n');
    expect(wsGit('status', '--porcelain')).toBe('');
  });

  it('dispose removes the run directory', async () => {
    await workspace.dispose();

    expect(existsSync(workspace.dir)).toBe(false);
  });
});
