import { describe, expect, it } from 'vitest';
import { focusedTestCommand } from '../../../src/heal/localise/test-commands.ts';
import type { Check, ToolName } from '../../../src/heal/types.ts';

function check(command: string, tool: ToolName): Check {
  return { id: `ci:${tool}`, command, cwd: '.', kind: 'test', tool, language: null, source: 'workflow' };
}

describe('focusedTestCommand for pytest', () => {
  it('keeps `python -m pytest` and replaces the arguments by the node ids', () => {
    const command = focusedTestCommand(check('python -m pytest -q --tb=short tests/', 'pytest'), ['tests/test_ops.py::test_add']);

    expect(command).toBe('python -m pytest -q -p no:cacheprovider tests/test_ops.py::test_add');
  });

  it('keeps a bare `pytest`, its env assignments and the options that decide where tests are found', () => {
    const command = focusedTestCommand(
      check('PYTHONPATH=src pytest -x -c ci/pytest.ini --rootdir=. tests', 'pytest'),
      ['tests/test_a.py::test_one', 'tests/test_a.py::test_one'],
    );

    expect(command).toBe('PYTHONPATH=src pytest -c ci/pytest.ini --rootdir=. -q -p no:cacheprovider tests/test_a.py::test_one');
  });

  it('quotes parametrised ids and keeps a leading cd but drops the steps after the tests', () => {
    const command = focusedTestCommand(check('cd pkg && python3 -m pytest && flake8 .', 'pytest'), ["tests/test_x.py::test_p[a b-1]", "t.py::it's"]);

    expect(command).toBe("cd pkg && python3 -m pytest -q -p no:cacheprovider 'tests/test_x.py::test_p[a b-1]' 't.py::it'\\''s'");
  });

  it('keeps the interpreter options before -m', () => {
    expect(focusedTestCommand(check('python3 -X dev -W error -m pytest tests', 'pytest'), ['t/test_a.py::test_b'])).toBe('python3 -X dev -W error -m pytest -q -p no:cacheprovider t/test_a.py::test_b');
    expect(focusedTestCommand(check('python script.py -m pytest', 'pytest'), ['t/test_a.py::test_b'])).toBeNull();
  });

  it('keeps a runner prefix such as `poetry run`', () => {
    expect(focusedTestCommand(check('poetry run pytest', 'pytest'), ['t/test_a.py::test_b'])).toBe('poetry run pytest -q -p no:cacheprovider t/test_a.py::test_b');
  });
});

describe('focusedTestCommand for unittest', () => {
  it('selects the dotted ids with -k, keeping the discovery arguments', () => {
    const command = focusedTestCommand(check('python -m unittest discover -s tests', 'unittest'), ['test_ops.TestOps.test_add']);

    expect(command).toBe("python -m unittest discover -s tests -k '*test_ops.TestOps.test_add'");
  });

  it('accepts interpreter options before -m unittest', () => {
    expect(focusedTestCommand(check('python -S -m unittest', 'unittest'), ['m.C.t'])).toBe("python -S -m unittest -k '*m.C.t'");
  });
});

describe('focusedTestCommand for node:test', () => {
  it('adds a name pattern of the tests’ own names and keeps the file arguments', () => {
    const command = focusedTestCommand(check('node --test test/', 'node-test'), ['cart > sums prices (x2)', 'top']);

    expect(command).toBe("node --test-name-pattern='(^| )(sums prices \\(x2\\)|top)$' --test test/");
  });
});

describe('focusedTestCommand for vitest and jest', () => {
  it('appends -t with the suite and test names joined by spaces', () => {
    const vitest = focusedTestCommand(check('npx vitest run', 'vitest'), ['price > applies a percentage discount']);
    const jest = focusedTestCommand(check('npx jest --ci', 'jest'), ['cart > sums prices', 'cart > first item']);

    expect(vitest).toBe("npx vitest run -t '(^| )(price applies a percentage discount)$'");
    expect(jest).toBe("npx jest --ci -t '(^| )(cart sums prices|cart first item)$'");
  });

  it('appends --grep for mocha, which matches the same joined titles', () => {
    const mocha = focusedTestCommand(check('npx mocha --recursive', 'mocha'), ['longestWord > finds the longest (ties first)']);

    expect(mocha).toBe("npx mocha --recursive --grep '(^| )(longestWord finds the longest \\(ties first\\))$'");
  });
});

describe('focusedTestCommand when it cannot focus', () => {
  it.each([
    ['npm test', 'node-test' as ToolName, 'an npm script whose body it cannot see'],
    ['pytest | tee log.txt', 'pytest' as ToolName, 'a pipe'],
    ['PYTHONPATH=$PWD pytest', 'pytest' as ToolName, 'an expansion'],
    ['python tests/run.py', 'python' as ToolName, 'a tool it does not know'],
    ['make test', 'pytest' as ToolName, 'a command without the tool in it'],
  ])('returns null for %s (%s)', (command, tool) => {
    expect(focusedTestCommand(check(command, tool), ['t'])).toBeNull();
  });

  it('returns null without tests', () => {
    expect(focusedTestCommand(check('pytest', 'pytest'), [])).toBeNull();
  });
});
