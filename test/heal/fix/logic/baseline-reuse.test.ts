// A fixer's baseline is the pipeline's fresh result of the check when the runner has one: the check
// is not run again for it; a stale result is not used. Real pytest in the real sandbox.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, markStaleExcept } from '../../../../src/heal/check-board.ts';
import { lazyBaseline } from '../../../../src/heal/fix/logic/check-run.ts';
import { sandboxLogicRunner, type LogicRunner } from '../../../../src/heal/fix/logic/logic-runner.ts';
import { CHECK_LIMITS } from '../../../../src/heal/run/limits.ts';
import { setUpCheck, type LocaliseSetup } from '../../../helpers/check-workspace.ts';
import { pythonProject } from '../../../helpers/python-project.ts';

let setup: LocaliseSetup;

beforeAll(async () => {
  setup = await setUpCheck(
    pythonProject({ 'src/calc/__init__.py': '', 'src/calc/ops.py': 'def double(x):\n    return x + 2\n', 'tests/test_ops.py': 'from calc.ops import double\n\n\ndef test_double():\n    assert double(3) == 6\n' }),
    'python -m pytest -q',
    'pytest',
    'python',
  );
}, 90_000);

afterAll(async () => {
  await setup?.cleanup();
});

// The runner over a board holding the setup's first result, counting the commands it really runs.
function countingRunner(board: ReturnType<typeof createBoard>): { runner: LogicRunner; runs: () => number } {
  const inner = sandboxLogicRunner(setup.sandbox, setup.workspace, [setup.check], CHECK_LIMITS, board);
  let runs = 0;
  return {
    runner: { ...inner, run: (command, options) => ((runs += 1), inner.run(command, options)) },
    runs: () => runs,
  };
}

describe('lazyBaseline', () => {
  it('takes the board\'s fresh result instead of running the check again', async () => {
    const board = createBoard([setup.result]);
    const { runner, runs } = countingRunner(board);

    const baseline = await lazyBaseline(runner, setup.check, setup.workspace.root, 60_000).get();

    expect(baseline).toBe(setup.result);
    expect(runs()).toBe(0);
  });

  it('runs the check when the board\'s result is stale', async () => {
    const board = createBoard([setup.result]);
    markStaleExcept(board, 'another-check');
    const { runner, runs } = countingRunner(board);

    const baseline = await lazyBaseline(runner, setup.check, setup.workspace.root, 60_000).get();

    expect(runs()).toBe(1);
    expect(baseline).not.toBe(setup.result);
    expect(baseline.failures.map((f) => f.test)).toEqual(setup.result.failures.map((f) => f.test));
  });
});
