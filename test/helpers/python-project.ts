// A Python project as a GitHub workflow checks it: a src/ layout for pytest, a flake8 config, and a
// workflow whose `run:` steps are the checks. Tests and the bench corpus build their repositories
// from it, so RIFT always finds its checks the way it would in a real repository.

export interface PythonProjectOptions {
  /** The workflow's check steps, in order; an install step for the tools comes first. */
  checks?: string[];
  /** Whether to write a .flake8 (with it, every pycodestyle and pyflakes code counts). */
  flake8Config?: boolean;
}

const DEFAULT_CHECKS = ['flake8 src tests', 'python -m pytest -q'];

/** `files` plus pytest.ini, .flake8 and .github/workflows/ci.yml. */
export function pythonProject(files: Record<string, string>, options: PythonProjectOptions = {}): Record<string, string> {
  const checks = options.checks ?? DEFAULT_CHECKS;
  const tools = ['pytest', 'flake8', 'mypy'].filter((tool) => checks.some((check) => check.includes(tool)));
  const workflow = [
    'name: ci',
    'on: [push, pull_request]',
    'jobs:',
    '  test:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    '      - uses: actions/checkout@v4',
    '      - uses: actions/setup-python@v5',
    `      - run: pip install ${tools.join(' ')}`,
    ...checks.map((check) => `      - run: ${check}`),
    '',
  ].join('\n');
  return {
    ...(options.flake8Config === false ? {} : { '.flake8': '[flake8]\nmax-line-length = 100\n' }),
    'pytest.ini': '[pytest]\npythonpath = src\ntestpaths = tests\n',
    '.github/workflows/ci.yml': workflow,
    ...files,
  };
}
