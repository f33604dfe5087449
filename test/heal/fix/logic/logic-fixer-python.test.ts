import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logicCases } from '../../../../bench/corpus/logic-cases.ts';
import { logicMutationFixer } from '../../../../src/heal/fix/logic/logic-mutation-fixer.ts';
import { runCheck } from '../../../../src/heal/run/run-check.ts';
import { createSandbox } from '../../../../src/heal/sandbox/index.ts';
import type { FixResult } from '../../../../src/heal/types.ts';
import { silentLogger } from '../../../../src/log.ts';
import { setUpCheck, type LocaliseSetup } from '../../../helpers/check-workspace.ts';

const CASE = logicCases().find((c) => c.name === 'py-logic-and-or')!;
const MODULE = 'src/rules/voting.py';

describe('logicMutationFixer on a Python repository (real pytest, real sandbox)', () => {
  let setup: LocaliseSetup;
  let result: FixResult;

  beforeAll(async () => {
    setup = await setUpCheck(CASE.files, 'python -m pytest -q', 'pytest', 'python');
    result = await logicMutationFixer(setup.runner).fix(setup.logic[0], setup.workspace);
  }, 90_000);

  afterAll(async () => {
    await setup.cleanup();
  });

  it('finds the one-token fix in the code under test and says how it searched', () => {
    expect(setup.logic.map((f) => f.test)).toEqual([
      'tests/test_voting.py::test_unregistered_adult_does_not',
      'tests/test_voting.py::test_registered_child_does_not',
    ]);
    expect(result.kind).toBe('patch');
    const patch = result.kind === 'patch' ? result.patch : null;
    expect(patch?.edits.map((e) => e.file)).toEqual([MODULE]);
    expect(patch?.edits[0].after).toContain('    return is_adult(age) and registered\n');
    expect(patch?.description).toBe('change `is_adult(age) or registered` to `is_adult(age) and registered`');
    expect(patch?.line).toBe(6);
    expect(patch?.reason).toMatch(/^Mutation search \(python-trace localisation .*candidate\(s\) on \d+ line\(s\) run in .*Winner: .* at src\/rules\/voting\.py line 6 .*every test passes/);
    expect(patch?.confidence).toBeGreaterThan(0.5);
  });

  it('leaves the workspace as it was: no helper file, the bug still in place, tests untouched', async () => {
    const files = await setup.workspace.listFiles();
    const module = await readFile(path.join(setup.workspace.root, MODULE), 'utf8');
    const tests = await readFile(path.join(setup.workspace.root, 'tests/test_voting.py'), 'utf8');

    expect(files.some((f) => f.includes('_rift_'))).toBe(false);
    expect(module).toBe(CASE.files[MODULE]);
    expect(tests).toBe(CASE.files['tests/test_voting.py']);
  });

  it('makes the check pass once the patch is applied', async () => {
    const patch = result.kind === 'patch' ? result.patch : null;
    await setup.workspace.applyEdits(patch!.edits);

    const after = await runCheck(await createSandbox({ env: process.env, logger: silentLogger }), setup.workspace, setup.check);

    expect(after.passed).toBe(true);
  });
});
