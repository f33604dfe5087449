import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixes } from '../../src/store/index.ts';
import { validateResults } from '../../src/report/results.ts';
import type { HealOutcome } from '../../src/heal/pipeline.ts';
import { makeRepo, type TestRepo } from '../helpers/git-repo.ts';
import { openHealHarness } from '../helpers/heal-harness.ts';
import { javascriptMissingParen, javascriptMochaLogic, javascriptVitestLogic, javascriptVitestMissingParen, typescriptSyntaxHidingUnusedImport } from '../helpers/broken-js-repos.ts';
import { vendoredTypescript } from '../helpers/typescript-tools.ts';

const BRANCH = 'CODE_WARRIORS_JOHN_DOE_AI_Fix';

let harness: Awaited<ReturnType<typeof openHealHarness>>;

beforeAll(async () => {
  harness = await openHealHarness();
});

afterAll(() => harness.cleanup());

/** The fix branch's tree, exported to a temp directory (the user's work tree stays on main). */
function exportBranch(repo: TestRepo): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'rift-branch-'));
  const archive = path.join(dir, 'branch.tar');
  repo.git('archive', '--format=tar', '-o', archive, BRANCH);
  execFileSync('tar', ['-xf', archive, '-C', dir]);
  rmSync(archive);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function appliedLines(outcome: HealOutcome): (string | undefined)[] {
  return outcome.results.fixes.filter((f) => f.status === 'applied').map((f) => f.fix_line);
}

describe('healing an ESM JavaScript package whose call misses a `)`', () => {
  let repo: TestRepo;
  let outcome: HealOutcome;

  beforeAll(async () => {
    repo = makeRepo(javascriptMissingParen());
    outcome = await harness.heal(repo.dir);
  }, 60_000);

  afterAll(() => repo.cleanup());

  it('ends PASSED with the exact fix line', () => {
    expect(outcome.abort).toBeNull();
    expect(outcome.results.final_status).toBe('PASSED');
    expect(appliedLines(outcome)).toEqual(['SYNTAX error in src/cart.js line 8 → Fix: add the missing closing parenthesis']);
  });

  it('leaves one [AI-AGENT] commit on the fix branch and the work tree untouched', () => {
    const subjects = repo.git('log', '--format=%s', `main..${BRANCH}`).trim().split('\n');

    expect(subjects).toEqual(['[AI-AGENT] SYNTAX error in src/cart.js line 8 → Fix: add the missing closing parenthesis']);
    expect(repo.git('status', '--porcelain')).toBe('');
    expect(readFileSync(path.join(repo.dir, 'src/cart.js'), 'utf8')).toContain(', 0);\n');
  });

  it("commits a file that node parses and the package's tests pass on", () => {
    const branch = exportBranch(repo);

    try {
      const fixed = readFileSync(path.join(branch.dir, 'src/cart.js'), 'utf8');
      expect(fixed).toContain('  return roundCents(items.reduce((sum, item) => sum + lineTotal(item), 0));\n');
      expect(() => execFileSync('node', ['--check', 'src/cart.js'], { cwd: branch.dir, stdio: 'pipe' })).not.toThrow();
      expect(() => execFileSync('node', ['--test'], { cwd: branch.dir, stdio: 'pipe' })).not.toThrow();
    } finally {
      branch.cleanup();
    }
  });

  it('writes a results.json the published schema accepts', () => {
    const written = JSON.parse(readFileSync(outcome.paths.resultsPath, 'utf8'));

    validateResults(written);

    expect(written.total_fixes).toBe(1);
    expect(written.fixes[0]).toMatchObject({ file: 'src/cart.js', bug_type: 'SYNTAX', line_number: 8, status: 'applied' });
    expect(written.ci_log).toHaveLength(1);
    expect(written.ci_log[0]).toMatchObject({ iteration: 1, status: 'passed', regression: false });
  });
});

describe('healing a TypeScript project checked by a vendored tsc, a syntax error hiding an unused import', () => {
  let repo: TestRepo;
  let outcome: HealOutcome;

  beforeAll(async () => {
    repo = makeRepo(typescriptSyntaxHidingUnusedImport(vendoredTypescript()));
    outcome = await harness.heal(repo.dir);
  }, 90_000);

  afterAll(() => repo.cleanup());

  it('ends PASSED with the syntax fix first, then the unused import it revealed', () => {
    expect(outcome.abort).toBeNull();
    expect(outcome.results.final_status).toBe('PASSED');
    expect(appliedLines(outcome)).toEqual([
      'SYNTAX error in src/a.ts line 2 → Fix: add the missing closing parenthesis',
      "LINTING error in src/b.ts line 1 → Fix: remove the unused import 'feet'",
    ]);
  });

  it('commits each fix once on the fix branch, leaving the vendored compiler alone', () => {
    const subjects = repo.git('log', '--format=%s', `main..${BRANCH}`).trim().split('\n');
    const changed = repo.git('diff', '--name-only', `main..${BRANCH}`).trim().split('\n');

    expect(subjects).toHaveLength(2);
    for (const subject of subjects) expect(subject.startsWith('[AI-AGENT] ')).toBe(true);
    expect(changed).toEqual(['src/a.ts', 'src/b.ts']);
    expect(repo.git('show', `${BRANCH}:src/a.ts`)).toContain('  return round(feet * 0.3048);\n');
    expect(repo.git('show', `${BRANCH}:src/b.ts`).split('\n')[0]).toBe("import { metres } from './a';");
  });

  it('commits a project that the same tsc accepts', () => {
    const branch = exportBranch(repo);

    try {
      expect(() => execFileSync('node', ['tools/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: branch.dir, stdio: 'pipe' })).not.toThrow();
    } finally {
      branch.cleanup();
    }
  });

  it('logs one passing CI iteration in a valid results.json, and records both fixes as applied', async () => {
    const written = JSON.parse(readFileSync(outcome.paths.resultsPath, 'utf8'));
    const fixes = await listFixes(harness.db, outcome.results.run_id);

    validateResults(written);

    expect(written.total_fixes).toBe(2);
    expect(written.total_failures).toBe(2);
    expect(written.ci_log).toHaveLength(1);
    expect(written.ci_log[0]).toMatchObject({ iteration: 1, status: 'passed', regression: false });
    expect(fixes.map((f) => [f.bug_type, f.status])).toEqual([
      ['SYNTAX', 'applied'],
      ['LINTING', 'applied'],
    ]);
  });
});

describe('healing a package tested by vitest, installed in the install phase', () => {
  let repo: TestRepo;
  let outcome: HealOutcome;

  beforeAll(async () => {
    repo = makeRepo(javascriptVitestMissingParen());
    outcome = await harness.heal(repo.dir);
  }, 120_000);

  afterAll(() => repo.cleanup());

  it('installs vitest with network, runs it without, and heals the module Vite blamed vaguely, at the line of the fix', () => {
    const installed = harness.steps.find((s) => s.runId === outcome.results.run_id && s.action === 'install_dependencies');

    expect(installed?.label).toMatch(/^npm install .* done$/);
    expect(outcome.results.checks!.map((c) => c.command)).toEqual(['npm test']);
    expect(outcome.results.final_status).toBe('PASSED');
    expect(appliedLines(outcome)).toEqual(['SYNTAX error in src/slug.js line 2 → Fix: add the missing closing parenthesis']);
    expect(repo.git('show', `${BRANCH}:src/slug.js`)).toContain("replace(/\\s+/g, '-');");
  });
});

describe('healing a LOGIC bug under vitest, where no stack names the source and no coverage is taken', () => {
  let repo: TestRepo;
  let outcome: HealOutcome;

  beforeAll(async () => {
    repo = makeRepo(javascriptVitestLogic());
    outcome = await harness.heal(repo.dir);
  }, 180_000);

  afterAll(() => repo.cleanup());

  it('ranks the functions the failing tests call, finds the wrong comparison and leaves the tests alone', () => {
    const proposed = harness.steps.find((s) => s.runId === outcome.results.run_id && s.action === 'propose_patch');

    expect(outcome.results.final_status).toBe('PASSED');
    expect(appliedLines(outcome)).toEqual(['LOGIC error in src/stats.js line 9 → Fix: change `v >= threshold` to `v > threshold`']);
    expect(proposed?.thought).toContain('test-calls localisation');
    expect(repo.git('show', `${BRANCH}:src/stats.js`)).toContain('if (v > threshold) count += 1;');
    expect(repo.git('diff', '--name-only', `main...${BRANCH}`).trim()).toBe('src/stats.js');
  });
});

describe('healing a LOGIC bug in a package tested by mocha', () => {
  let repo: TestRepo;
  let outcome: HealOutcome;

  beforeAll(async () => {
    repo = makeRepo(javascriptMochaLogic());
    outcome = await harness.heal(repo.dir);
  }, 180_000);

  afterAll(() => repo.cleanup());

  it("reads mocha's report and heals the comparison in the module the tests require", () => {
    const baseline = harness.steps.find((s) => s.runId === outcome.results.run_id && s.action === 'run_check');

    expect(outcome.results.checks!.map((c) => [c.id, c.command])).toEqual([['.:mocha', 'npm test']]);
    expect((baseline?.payload as { failures: Array<{ bugType: string; test: string }> }).failures.map((f) => [f.bugType, f.test])).toEqual([
      ['LOGIC', 'longestWord > finds the longest'],
      ['LOGIC', 'longestWord > keeps a single word'],
    ]);
    expect(outcome.results.final_status).toBe('PASSED');
    expect(appliedLines(outcome)).toEqual(['LOGIC error in lib/words.js line 4 → Fix: change `word.length < best.length` to `word.length > best.length`']);
    expect(repo.git('diff', '--name-only', `main...${BRANCH}`).trim()).toBe('lib/words.js');
  });
});
