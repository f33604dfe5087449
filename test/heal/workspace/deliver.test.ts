import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BadInputError } from '../../../src/errors/index.ts';
import { fetchBranchBack, pushBranch } from '../../../src/heal/workspace/deliver.ts';
import { resolveSource } from '../../../src/heal/workspace/source.ts';
import { createWorkspace, type Workspace } from '../../../src/heal/workspace/workspace.ts';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.ts';

const BRANCH = 'TEAM_LEAD_AI_Fix';

let repo: TestRepo;
let workRoot: string;
let workspace: Workspace;

async function commitFix(before: string, after: string): Promise<string> {
  await workspace.applyEdits([{ file: 'app.py', before, after }]);
  return workspace.commit(['app.py'], '[AI-AGENT] fix app.py');
}

beforeEach(async () => {
  repo = makeRepo({ 'app.py': 'x = 1 +\n' });
  workRoot = mkdtempSync(path.join(tmpdir(), 'rift-deliver-'));
  workspace = await createWorkspace(await resolveSource(repo.dir), { runId: 'd1', branch: BRANCH, workRoot });
});

afterEach(async () => {
  await workspace.dispose();
  rmSync(workRoot, { recursive: true, force: true });
  repo.cleanup();
});

describe('fetchBranchBack', () => {
  it('brings the fix branch into the source repository without touching its work tree', async () => {
    const fixSha = await commitFix('x = 1 +\n', 'x = 1\n');
    writeFileSync(path.join(repo.dir, 'notes.txt'), 'uncommitted work\n');

    await fetchBranchBack(repo.dir, workspace.root, BRANCH);

    expect(repo.git('rev-parse', `refs/heads/${BRANCH}`).trim()).toBe(fixSha);
    expect(repo.git('symbolic-ref', '--short', 'HEAD').trim()).toBe('main');
    expect(readFileSync(path.join(repo.dir, 'app.py'), 'utf8')).toBe('x = 1 +\n');
    expect(repo.git('status', '--porcelain').trim()).toBe('?? notes.txt');
  });

  it('replaces an older fix branch of the same name', async () => {
    repo.git('branch', BRANCH);
    const fixSha = await commitFix('x = 1 +\n', 'x = 1\n');

    await fetchBranchBack(repo.dir, workspace.root, BRANCH);

    expect(repo.git('rev-parse', `refs/heads/${BRANCH}`).trim()).toBe(fixSha);
  });

  it('refuses when the fix branch is checked out in the source repository', async () => {
    repo.git('checkout', '--quiet', '-b', BRANCH);
    const before = repo.git('rev-parse', 'HEAD').trim();
    await commitFix('x = 1 +\n', 'x = 1\n');

    const act = fetchBranchBack(repo.dir, workspace.root, BRANCH);

    await expect(act).rejects.toThrow(BadInputError);
    await expect(fetchBranchBack(repo.dir, workspace.root, BRANCH)).rejects.toThrow(`${BRANCH} is checked out in ${repo.dir}`);
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(before);
  });
});

describe('pushBranch', () => {
  it('refuses to push a branch that is not a fix branch', async () => {
    await expect(pushBranch(repo.dir, 'main', 'origin')).rejects.toThrow('refusing to push main: RIFT pushes only its own fix branches');
  });
});
