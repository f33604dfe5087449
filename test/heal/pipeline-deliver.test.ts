import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHealHarness } from '../helpers/heal-harness.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { pythonTwoBugs } from '../helpers/broken-repos.ts';

const BRANCH = 'CODE_WARRIORS_JOHN_DOE_AI_Fix';

let harness: Awaited<ReturnType<typeof openHealHarness>>;

beforeAll(async () => {
  harness = await openHealHarness();
});

afterAll(() => harness.cleanup());

/** A bare repository holding `files` on main, as a remote would. */
function bareRemote(files: Record<string, string>) {
  const source = makeRepo(files);
  const dir = mkdtempSync(path.join(tmpdir(), 'rift-remote-'));
  execFileSync('git', ['clone', '--quiet', '--bare', source.dir, dir]);
  source.cleanup();
  const branches = () => execFileSync('git', ['branch', '--list'], { cwd: dir, encoding: 'utf8' });
  return { dir, branches, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('delivering the fix branch', () => {
  it('pushes it to the local repository’s origin with push, never touching main', async () => {
    const remote = bareRemote(pythonTwoBugs());
    const local = path.join(mkdtempSync(path.join(tmpdir(), 'rift-local-')), 'repo');
    execFileSync('git', ['clone', '--quiet', remote.dir, local]);
    const mainBefore = execFileSync('git', ['rev-parse', 'main'], { cwd: remote.dir, encoding: 'utf8' });

    const outcome = await harness.heal(local, { push: true });

    expect(outcome.results.final_status).toBe('PASSED');
    expect(remote.branches()).toContain(BRANCH);
    const pushed = execFileSync('git', ['log', '--format=%s', `main..${BRANCH}`], { cwd: remote.dir, encoding: 'utf8' }).trim().split('\n');
    expect(pushed).toHaveLength(2);
    expect(execFileSync('git', ['rev-parse', 'main'], { cwd: remote.dir, encoding: 'utf8' })).toBe(mainBefore);
    remote.cleanup();
    rmSync(path.dirname(local), { recursive: true, force: true });
  });

  it('pushes it to a healed URL, and not at all without push', async () => {
    const remote = bareRemote(pythonTwoBugs());

    await harness.heal(`file://${remote.dir}`);
    const afterPlainRun = remote.branches();
    const outcome = await harness.heal(`file://${remote.dir}`, { push: true });

    expect(afterPlainRun).not.toContain(BRANCH);
    expect(outcome.results.final_status).toBe('PASSED');
    expect(remote.branches()).toContain(BRANCH);
    remote.cleanup();
  });
});

describe('paths .github/rift.yml ignores', () => {
  it('are reported but never edited', async () => {
    const files = pythonTwoBugs();
    files['.github/rift.yml'] = "ignore: ['src/shop/prices.py']\n";
    const repo = makeRepo(files);

    const outcome = await harness.heal(repo.dir);

    const unresolved = outcome.results.unresolved!.find((u) => u.file === 'src/shop/prices.py');
    expect(unresolved?.reason).toBe('src/shop/prices.py is ignored by .github/rift.yml');
    expect(repo.git('show', `${BRANCH}:src/shop/prices.py`)).toContain('import json');
    expect(outcome.results.fixes.filter((f) => f.status === 'applied').map((f) => f.file)).toEqual(['src/shop/rules.py']);
    repo.cleanup();
  });
});
