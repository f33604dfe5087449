import { describe, expect, it } from 'vitest';
import { stacksOf } from '../../../src/heal/localise/stack-frames.ts';

// pytest 9, `python -m pytest -q`, an assertion raised inside the code under test.
const PYTEST = `FF                                                                       [100%]
=================================== FAILURES ===================================
_________________________________ test_average _________________________________

    def test_average():
>       assert average([2, 4]) == 3
               ^^^^^^^^^^^^^^^

tests/test_stats.py:5: 
_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ 
stats.py:4: in average
    check_range(result, xs)
_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ 

value = 6.0, xs = [2, 4]

    def check_range(value, xs):
>       assert min(xs) <= value <= max(xs), "average out of range"
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^
E       AssertionError: average out of range

stats.py:8: AssertionError
_________________________________ test_single __________________________________

    def test_single():
>       assert average([1]) == 1
               ^^^^^^^^^^^^

tests/test_stats.py:9: 
_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ 

xs = [1]

    def average(xs):
        total = sum(xs)
>       result = total / (len(xs) - 1)
                 ^^^^^^^^^^^^^^^^^^^^^
E       ZeroDivisionError: division by zero

stats.py:3: ZeroDivisionError
=========================== short test summary info ============================
FAILED tests/test_stats.py::test_average - AssertionError: average out of range
FAILED tests/test_stats.py::test_single - ZeroDivisionError: division by zero
`;

// Node 20 node:test, TAP reporter, an error thrown by the code under test.
const NODE_TAP = `TAP version 13
# Subtest: avg
not ok 1 - avg
  ---
  duration_ms: 7.247323
  location: '/repo/test/stats.test.mjs:5:1'
  failureType: 'testCodeFailure'
  error: 'too big'
  code: 'ERR_TEST_FAILURE'
  stack: |-
    check (file:///repo/lib/stats.mjs:3:11)
    avg (file:///repo/lib/stats.mjs:8:10)
    TestContext.<anonymous> (file:///repo/test/stats.test.mjs:6:16)
    Test.runInAsyncScope (node:async_hooks:206:9)
    node:internal/test_runner/harness:255:12
  ...
1..1
`;

const ctx = { repoRoot: '/repo', cwd: '.', check: 'ci:test' };

describe('stacksOf', () => {
  it('reads each pytest failure section as one stack, deepest frame first', () => {
    expect(stacksOf(PYTEST, ctx)).toEqual([
      [{ file: 'stats.py', line: 8 }, { file: 'stats.py', line: 4 }, { file: 'tests/test_stats.py', line: 5 }],
      [{ file: 'stats.py', line: 3 }, { file: 'tests/test_stats.py', line: 9 }],
    ]);
  });

  it('reads a V8 stack in its own order (innermost first), leaving Node internals out', () => {
    expect(stacksOf(NODE_TAP, ctx)).toEqual([
      [{ file: 'lib/stats.mjs', line: 3, column: 11 }, { file: 'lib/stats.mjs', line: 8, column: 10 }, { file: 'test/stats.test.mjs', line: 6, column: 16 }],
    ]);
  });

  it('reads CPython tracebacks outermost first, as printed', () => {
    const output = 'Traceback (most recent call last):\n  File "/repo/run.py", line 2, in <module>\n    main()\n  File "/repo/app/core.py", line 7, in main\n    raise AssertionError("x")\nAssertionError: x\n';

    expect(stacksOf(output, ctx)).toEqual([[{ file: 'app/core.py', line: 7 }, { file: 'run.py', line: 2 }]]);
  });
});
