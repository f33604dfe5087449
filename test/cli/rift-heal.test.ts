import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeRepo } from '../helpers/git-repo.ts';
import { pythonTwoBugs } from '../helpers/broken-repos.ts';

const BIN = path.resolve('bin/rift.js');
const cwd = mkdtempSync(path.join(tmpdir(), 'rift-cli-'));

/** Runs the real `rift` binary with no DATABASE_URL or REDIS_URL: the embedded default. */
function rift(...args: string[]) {
  const env = { ...process.env, DATABASE_URL: '', REDIS_URL: '', RIFT_WORK_DIR: path.join(cwd, 'work'), GITHUB_TOKEN: 'ghp_notarealtokenbutlongenough1234567890' };
  return spawnSync(process.execPath, [BIN, ...args], { cwd, env, encoding: 'utf8', timeout: 180_000 });
}

afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe('rift heal on the embedded database', () => {
  it('heals a repository, prints the fix lines and the artifact paths, and exits 0', () => {
    const repo = makeRepo(pythonTwoBugs());

    const run = rift('heal', repo.dir, '--team', 'Code Warriors', '--leader', 'Ada Lovelace');

    expect(run.status).toBe(0);
    expect(run.stdout).toContain('[detect] found 3 check(s): flake8 src tests, mypy src, python -m pytest -q');
    expect(run.stdout).toContain('SYNTAX error in src/shop/rules.py line 1 → Fix: add the colon at the correct position');
    expect(run.stdout).toContain('LINTING error in src/shop/prices.py line 1 → Fix: remove the import statement');
    const resultsPath = /^\s+results\.json\s+(\S+)$/m.exec(run.stdout)![1];
    const pdfPath = /^\s+report\.pdf\s+(\S+)$/m.exec(run.stdout)![1];
    expect(JSON.parse(readFileSync(resultsPath, 'utf8')).final_status).toBe('PASSED');
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    expect(existsSync(path.join(cwd, '.rift', 'db'))).toBe(true);
    expect(repo.git('branch', '--list', 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix').trim()).toBe('CODE_WARRIORS_ADA_LOVELACE_AI_Fix');
    expect(readFileSync(resultsPath, 'utf8')).not.toContain('ghp_notarealtoken');
    repo.cleanup();
  }, 180_000);

  it('prints results.json alone with --json', () => {
    const repo = makeRepo({ '.github/rift.yml': 'ci_command: "true"\n' });

    const run = rift('heal', repo.dir, '--team', 'A', '--leader', 'B', '--json', '--no-pdf');

    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ final_status: 'PASSED', branch_name: 'A_B_AI_Fix', fixes: [] });
    repo.cleanup();
  }, 120_000);

  it('exits 2 with a clear message on bad input', () => {
    const notRepo = mkdtempSync(path.join(tmpdir(), 'rift-not-repo-'));

    const run = rift('heal', notRepo, '--team', 'A', '--leader', 'B');

    expect(run.status).toBe(2);
    expect(run.stderr).toContain('is not a git repository');
    rmSync(notRepo, { recursive: true });
  }, 60_000);

  it('exits 2 when a required option is missing', () => {
    const run = rift('heal', '.', '--team', 'A');

    expect(run.status).toBe(2);
    expect(run.stderr).toContain("required option '--leader <name>' not specified");
  }, 60_000);
});
