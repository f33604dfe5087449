import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sandboxLogicRunner } from '../../../../src/heal/fix/logic/logic-runner.ts';
import { defaultFixers, fixersFor } from '../../../../src/heal/fix/registry.ts';
import { createSandbox } from '../../../../src/heal/sandbox/index.ts';
import type { Failure } from '../../../../src/heal/types.ts';
import { openWorkspace } from '../../../../src/heal/workspace/workspace.ts';
import { silentLogger } from '../../../../src/log.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'rift-logic-registry-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const logicFailure: Failure = { file: 'tests/test_a.py', line: 3, message: 'assert 1 == 2', tool: 'pytest', check: 'ci:pytest', bugType: 'LOGIC', test: 'tests/test_a.py::test_a' };

describe('the LOGIC fixer in the registry', () => {
  it('is offered for LOGIC failures in every language once the pipeline hands it a runner, and only then', async () => {
    const runner = sandboxLogicRunner(await createSandbox({ env: process.env, logger: silentLogger }), openWorkspace(dir, 'T_L_AI_Fix'), []);

    const withRunner = defaultFixers({ logic: runner });

    for (const language of ['python', 'javascript', 'typescript'] as const) {
      expect(fixersFor(logicFailure, language, withRunner).map((f) => [f.name, f.strategy])).toContainEqual(['logic-mutation', 'rule_first']);
    }
    expect(fixersFor(logicFailure, 'python', defaultFixers()).map((f) => f.name)).not.toContain('logic-mutation');
    expect(fixersFor({ ...logicFailure, bugType: 'SYNTAX' }, 'python', withRunner).map((f) => f.name)).not.toContain('logic-mutation');
  });
});
