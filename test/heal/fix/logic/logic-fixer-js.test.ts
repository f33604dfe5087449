import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logicCases } from '../../../../bench/corpus/logic-cases.ts';
import { logicMutationFixer } from '../../../../src/heal/fix/logic/logic-mutation-fixer.ts';
import { runCheck } from '../../../../src/heal/run/run-check.ts';
import { createSandbox } from '../../../../src/heal/sandbox/index.ts';
import type { FixResult } from '../../../../src/heal/types.ts';
import { silentLogger } from '../../../../src/log.ts';
import { setUpCheck, type LocaliseSetup } from '../../../helpers/check-workspace.ts';

const CASE = logicCases().find((c) => c.name === 'js-logic-largest')!;

describe('logicMutationFixer on a JavaScript repository (real node:test, real sandbox)', () => {
  let setup: LocaliseSetup;
  let result: FixResult;

  beforeAll(async () => {
    setup = await setUpCheck(CASE.files, 'node --test test/', 'node-test', 'javascript');
    result = await logicMutationFixer(setup.runner).fix(setup.logic[0], setup.workspace);
  }, 90_000);

  afterAll(async () => {
    await setup.cleanup();
  });

  it('flips the comparison, touching only the module, after focused runs of the failing tests', () => {
    expect(setup.logic.map((f) => f.test)).toEqual(['largest', 'largest first']);
    const patch = result.kind === 'patch' ? result.patch : null;
    expect(patch?.edits.map((e) => e.file)).toEqual(['src/extremes.mjs']);
    expect(patch?.edits[0].after).toContain('    if (v > best) best = v;\n');
    expect(patch?.line).toBe(4);
    expect(patch?.reason).toContain('v8-coverage localisation');
    expect(patch?.reason).toContain('runner: focused command, then the whole check');
  });

  it('makes the check pass once applied, with the test file unchanged', async () => {
    const patch = result.kind === 'patch' ? result.patch : null;
    await setup.workspace.applyEdits(patch!.edits);

    const after = await runCheck(await createSandbox({ env: process.env, logger: silentLogger }), setup.workspace, setup.check);

    expect(after.passed).toBe(true);
    expect(await setup.workspace.readText('test/extremes.test.mjs')).toBe(CASE.files['test/extremes.test.mjs']);
  });
});
