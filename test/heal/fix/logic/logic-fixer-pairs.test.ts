import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logicMutationFixer } from '../../../../src/heal/fix/logic/logic-mutation-fixer.ts';
import type { FixResult } from '../../../../src/heal/types.ts';
import { pythonProject } from '../../../helpers/python-project.ts';
import { setUpCheck, type LocaliseSetup } from '../../../helpers/check-workspace.ts';

// Two slips: `max` for `min`, and a stray `+ 1`. Each single edit fixes one test; only the pair fixes both.
const MODULE = ['def bounds(values):', '    low = max(values)', '    high = max(values) + 1', '    return low, high', ''].join('\n');
const TESTS = [
  'from ranges.bounds import bounds',
  '',
  '',
  'def test_low():',
  '    assert bounds([3, 1, 2])[0] == 1',
  '',
  '',
  'def test_high():',
  '    assert bounds([3, 1, 2])[1] == 3',
  '',
].join('\n');

describe('logicMutationFixer on a bug that needs two edits', () => {
  let setup: LocaliseSetup;
  let result: FixResult;

  beforeAll(async () => {
    const files = pythonProject({ 'src/ranges/__init__.py': '', 'src/ranges/bounds.py': MODULE, 'tests/test_bounds.py': TESTS }, { checks: ['python -m pytest -q'], flake8Config: false });
    setup = await setUpCheck(files, 'python -m pytest -q', 'pytest', 'python');
    result = await logicMutationFixer(setup.runner).fix(setup.logic[0], setup.workspace);
  }, 90_000);

  afterAll(async () => {
    await setup.cleanup();
  });

  it('pairs the two edits that each fixed one failing test, with a lower confidence', () => {
    expect(setup.logic).toHaveLength(2);
    const patch = result.kind === 'patch' ? result.patch : null;
    expect(patch?.edits).toHaveLength(1);
    expect(patch?.edits[0].after).toBe(['def bounds(values):', '    low = min(values)', '    high = max(values)', '    return low, high', ''].join('\n'));
    expect(patch?.description).toBe('change `max(values)` to `min(values)` and change `max(values) + 1` to `max(values)`');
    expect(patch?.reason).toMatch(/run in .*\(\d+ of them pairs\)/);
    expect(patch?.confidence).toBeLessThan(0.8);
  });
});
