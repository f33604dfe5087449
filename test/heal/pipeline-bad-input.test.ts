import * as fs from 'node:fs';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/errors/index.ts';
import { getRun, listTraces } from '../../src/store/index.ts';
import { makeRepo } from '../helpers/git-repo.ts';
import { openHealHarness } from '../helpers/heal-harness.ts';
import { pythonClean, pythonTwoBugs } from '../helpers/broken-repos.ts';

let harness: Awaited<ReturnType<typeof openHealHarness>>;

beforeAll(async () => {
  harness = await openHealHarness();
});

afterAll(() => harness.cleanup());

describe('bad input found before a run exists is refused with a clear message', () => {
  it('refuses a directory that is not a git repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'rift-plain-'));

    await expect(harness.heal(dir)).rejects.toThrow(new BadInputError(`${dir} is not a git repository (run \`git init\` and commit first).`));

    rmSync(dir, { recursive: true });
  });

  it('refuses an empty repository', async () => {
    const repo = makeRepo({});

    await expect(harness.heal(repo.dir)).rejects.toThrow(/empty repository/);

    repo.cleanup();
  });

  it('refuses an unreachable URL', async () => {
    await expect(harness.heal('file:///nonexistent/rift/repo.git')).rejects.toThrow(/Cannot reach file:\/\/\/nonexistent/);
  });

  it('refuses a path that does not exist', async () => {
    await expect(harness.heal('/nonexistent/rift-repo')).rejects.toThrow(/does not exist/);
  });

  it('refuses team and leader names that leave no branch name', async () => {
    const repo = makeRepo(pythonClean());

    await expect(harness.heal(repo.dir, { team: '***', leader: 'Ada' })).rejects.toThrow(/team name "\*\*\*"/);

    repo.cleanup();
  });
});

describe('bad input found during a run ends it FAILED with the reason recorded', () => {
  async function expectFailedWith(files: Record<string, string>, reason: RegExp) {
    const repo = makeRepo(files);

    const outcome = await harness.heal(repo.dir);

    expect(outcome.results.final_status).toBe('FAILED');
    expect(outcome.abort).toBe('bad_input');
    expect(outcome.results.failure_reason).toMatch(reason);
    const run = await getRun(harness.db, outcome.results.run_id);
    expect(run).toMatchObject({ status: 'failed' });
    expect(run!.end_time).not.toBeNull();
    const traces = await listTraces(harness.db, outcome.results.run_id);
    expect(traces.some((t) => t.action_type === 'bad_input' && reason.test(t.action_label))).toBe(true);
    expect(JSON.parse(readFileSync(outcome.paths.resultsPath, 'utf8')).failure_reason).toMatch(reason);
    repo.cleanup();
  }

  it('ends a repository with nothing to run', async () => {
    await expectFailedWith({ 'README.md': '# nothing to check\n' }, /No checks found/);
  });

  it('ends a repository with a malformed .github/rift.yml', async () => {
    await expectFailedWith({ ...pythonClean(), '.github/rift.yml': 'retry_limit: [1, 2\n' }, /rift\.yml/);
  });
});

describe('hostile or odd repository content', () => {
  it('reports a check command that does not exist as an unplaced failure', async () => {
    const repo = makeRepo({ '.github/rift.yml': 'ci_command: definitely-not-a-command --run\n' });

    const outcome = await harness.heal(repo.dir);

    expect(outcome.results.final_status).toBe('FAILED');
    expect(outcome.results.unresolved![0].message).toMatch(/command not found/);
    repo.cleanup();
  });

  it('never reads or writes through a symlink that points outside the repository', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'rift-outside-'));
    const files = pythonTwoBugs();
    const repo = makeRepo(files);
    rmSync(path.join(repo.dir, 'src/shop/prices.py'));
    fs.symlinkSync(path.join(outside, 'prices.py'), path.join(repo.dir, 'src/shop/prices.py'));
    fs.writeFileSync(path.join(outside, 'prices.py'), 'import json\nimport math\n\n\ndef rounded_up(value):\n    return math.ceil(value)\n');
    repo.git('add', '-A');
    repo.git('commit', '--quiet', '-m', 'symlink out');

    const outcome = await harness.heal(repo.dir);

    expect(readFileSync(path.join(outside, 'prices.py'), 'utf8')).toContain('import json');
    const lint = outcome.results.fixes.find((f) => f.file === 'src/shop/prices.py');
    expect(lint?.status ?? 'skipped').toBe('skipped');
    expect(existsSync(outcome.paths.resultsPath)).toBe(true);
    repo.cleanup();
    rmSync(outside, { recursive: true });
  });

  it('skips a failure in a file that is not valid UTF-8, and one in a 10 MB file, with the reason', async () => {
    // The check reports in flake8's format without spending a minute tokenising 10 MB.
    const report = [
      "echo \"src/legacy.py:1:1: F401 'os' imported but unused\"",
      "echo \"src/huge.py:1:1: F401 'os' imported but unused\"",
      'exit 1',
    ].join('\n');
    const repo = makeRepo({ '.github/rift.yml': 'ci_command: sh lint.sh\n', 'lint.sh': `${report}\n`, 'src/legacy.py': '', 'src/huge.py': '' });
    fs.writeFileSync(path.join(repo.dir, 'src/legacy.py'), Buffer.from('import os\nname = "caf\xe9"\n', 'latin1'));
    fs.writeFileSync(path.join(repo.dir, 'src/huge.py'), `import os\n${'# padding line\n'.repeat(700_000)}`);
    repo.git('add', '-A');
    repo.git('commit', '--quiet', '-m', 'odd files');

    const outcome = await harness.heal(repo.dir);

    expect(outcome.results.final_status).toBe('FAILED');
    const reasons = outcome.results.unresolved!.map((u) => `${u.file}: ${u.reason}`).join('\n');
    expect(reasons).toMatch(/huge\.py: .*larger than/);
    expect(reasons).toMatch(/legacy\.py: .*not valid UTF-8/);
    repo.cleanup();
  });
});
