import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { batchCommitMessage, fixCommitMessage, revertCommitMessage } from '../../src/heal/commit-message.ts';
import { createCommitter, FREE_COMMITS, type Committer, type KeptFix } from '../../src/heal/committer.ts';
import type { BugType } from '../../src/heal/types.ts';
import { resolveSource } from '../../src/heal/workspace/source.ts';
import { createWorkspace, type Workspace } from '../../src/heal/workspace/workspace.ts';
import { makeRepo, type TestRepo } from '../helpers/git-repo.ts';

describe('commit messages', () => {
  it('makes a one-fix message of the prefix and the fix line', () => {
    const message = fixCommitMessage({ bugType: 'LINTING', file: 'src/utils.py', line: 15, description: 'remove the import statement' });

    expect(message).toBe('[AI-AGENT] LINTING error in src/utils.py line 15 → Fix: remove the import statement');
  });

  it('makes a batch message with a subject and one fix line per fix', () => {
    const message = batchCommitMessage('src/a.py', ['LINTING error in src/a.py line 1 → Fix: a', 'LINTING error in src/a.py line 2 → Fix: b']);

    expect(message).toBe(
      '[AI-AGENT] Fix 2 errors in src/a.py\n\nLINTING error in src/a.py line 1 → Fix: a\nLINTING error in src/a.py line 2 → Fix: b',
    );
  });

  it('makes a revert message quoting the reverted subject', () => {
    expect(revertCommitMessage('[AI-AGENT] x')).toBe('[AI-AGENT] Revert "[AI-AGENT] x"');
  });
});

describe('createCommitter over a real repository', () => {
  let repo: TestRepo;
  let workRoot: string;
  let workspace: Workspace;
  let committer: Committer;
  let fixCounter = 0;

  function log(): string[] {
    return execFileSync('git', ['log', '--format=%s', 'main..HEAD'], { cwd: workspace.root, encoding: 'utf8' }).trim().split('\n').filter(Boolean).reverse();
  }

  // Appends a line to `file` in the workspace, as a kept fix would, and describes it.
  async function keptFix(file: string, bugType: BugType): Promise<KeptFix> {
    fixCounter += 1;
    const before = (await workspace.readText(file)) ?? '';
    await workspace.applyEdits([{ file, before, after: `${before}v${fixCounter} = ${fixCounter}\n` }]);
    const description = `set v${fixCounter}`;
    return {
      fixId: `fix-${fixCounter}`,
      bugType,
      file,
      line: fixCounter,
      description,
      fixLine: `${bugType} error in ${file} line ${fixCounter} → Fix: ${description}`,
      files: [file],
    };
  }

  beforeEach(async () => {
    fixCounter = 0;
    repo = makeRepo({ 'src/a.py': '', 'src/b.py': '' });
    workRoot = mkdtempSync(path.join(tmpdir(), 'rift-commit-'));
    workspace = await createWorkspace(await resolveSource(repo.dir), { runId: 'c1', branch: 'T_L_AI_Fix', workRoot });
    committer = createCommitter(workspace);
  });

  afterEach(async () => {
    await workspace.dispose();
    rmSync(workRoot, { recursive: true, force: true });
    repo.cleanup();
  });

  it('commits each fix at once as [AI-AGENT] <fix line>', async () => {
    const fix = await keptFix('src/a.py', 'LINTING');

    const record = await committer.add(fix);

    expect(record).toEqual({
      sha: await workspace.headSha(),
      message: '[AI-AGENT] LINTING error in src/a.py line 1 → Fix: set v1',
      fixIds: ['fix-1'],
    });
    expect(committer.count).toBe(1);
    expect(log()).toEqual(['[AI-AGENT] LINTING error in src/a.py line 1 → Fix: set v1']);
  });

  it('commits one fix a commit until 20, then holds fixes and batches them per file and bug type on flush', async () => {
    for (let i = 0; i < FREE_COMMITS; i += 1) {
      expect(await committer.add(await keptFix(`src/f${i}.py`, 'LINTING'))).not.toBeNull();
    }

    const held = [
      await committer.add(await keptFix('src/a.py', 'LINTING')),
      await committer.add(await keptFix('src/a.py', 'LINTING')),
      await committer.add(await keptFix('src/b.py', 'SYNTAX')),
      await committer.add(await keptFix('src/c.py', 'LINTING')),
    ];

    expect(FREE_COMMITS).toBe(20);
    expect(held).toEqual([null, null, null, null]);
    expect(committer.count).toBe(20);

    const made = await committer.flush();

    expect(made.map((c) => c.message)).toEqual([
      '[AI-AGENT] Fix 2 errors in src/a.py\n\nLINTING error in src/a.py line 21 → Fix: set v21\nLINTING error in src/a.py line 22 → Fix: set v22',
      '[AI-AGENT] SYNTAX error in src/b.py line 23 → Fix: set v23',
      '[AI-AGENT] LINTING error in src/c.py line 24 → Fix: set v24',
    ]);
    expect(made.map((c) => c.fixIds)).toEqual([['fix-21', 'fix-22'], ['fix-23'], ['fix-24']]);
    expect(committer.count).toBe(23);
    expect(log()).toHaveLength(23);
    expect(log().every((subject) => subject.startsWith('[AI-AGENT] '))).toBe(true);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: workspace.root, encoding: 'utf8' })).toBe('');
  });

  // A commit stages whole files, so held fixes of two bug types in one file share one commit.
  it('flushes held fixes of two bug types in the same file as one commit', async () => {
    for (let i = 0; i < FREE_COMMITS; i += 1) await committer.add(await keptFix(`src/f${i}.py`, 'LINTING'));
    await committer.add(await keptFix('src/a.py', 'LINTING'));
    await committer.add(await keptFix('src/a.py', 'SYNTAX'));

    const made = await committer.flush();

    expect(made.map((c) => c.fixIds)).toEqual([['fix-21', 'fix-22']]);
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: workspace.root, encoding: 'utf8' })).toBe('');
  });

  it('flushes nothing when nothing is held', async () => {
    await committer.add(await keptFix('src/a.py', 'LINTING'));

    const made = await committer.flush();

    expect(made).toEqual([]);
    expect(committer.count).toBe(1);
  });

  it('reverts a commit with [AI-AGENT] Revert "<subject>" and counts it', async () => {
    const first = await committer.add(await keptFix('src/a.py', 'LINTING'));
    await committer.add(await keptFix('src/b.py', 'LOGIC'));

    const revert = await committer.revert(first!.sha);

    expect(revert).toEqual({
      sha: await workspace.headSha(),
      message: '[AI-AGENT] Revert "[AI-AGENT] LINTING error in src/a.py line 1 → Fix: set v1"',
      fixIds: [],
    });
    expect(committer.count).toBe(3);
    expect(readFileSync(path.join(workspace.root, 'src/a.py'), 'utf8')).toBe('');
    expect(readFileSync(path.join(workspace.root, 'src/b.py'), 'utf8')).toBe('v2 = 2\n');
    expect(log()).toHaveLength(3);
  });
});
