// File maps of small broken repositories for pipeline tests. Each is plain Python or JavaScript that
// the real tools (flake8, pytest, node) check; nothing here is known to the engine.

const FLAKE8_CONFIG = '[flake8]\nmax-line-length = 100\n';
const PYTEST_CONFIG = '[pytest]\npythonpath = src\ntestpaths = tests\n';

/** A Python package, checked by flake8, mypy and pytest, with an unused import and a missing colon that hides the tests. */
export function pythonTwoBugs(): Record<string, string> {
  return {
    '.flake8': FLAKE8_CONFIG,
    'pytest.ini': PYTEST_CONFIG,
    '.github/workflows/ci.yml': [
      'name: ci',
      'on: [push]',
      'jobs:',
      '  test:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - uses: actions/checkout@v4',
      '      - run: pip install pytest flake8',
      '      - run: flake8 src tests',
      '      - run: mypy src',
      '      - run: python -m pytest -q',
      '',
    ].join('\n'),
    'src/shop/__init__.py': '',
    'src/shop/prices.py': 'import json\nimport math\n\n\ndef rounded_up(value):\n    return math.ceil(value)\n',
    'src/shop/rules.py': 'def is_free(price)\n    return price == 0\n',
    'tests/test_shop.py': [
      'from shop.prices import rounded_up',
      'from shop.rules import is_free',
      '',
      '',
      'def test_rounded_up():',
      '    assert rounded_up(1.2) == 2',
      '',
      '',
      'def test_is_free():',
      '    assert is_free(0)',
      '    assert not is_free(3)',
      '',
    ].join('\n'),
  };
}

/** A clean Python package: every check passes. */
export function pythonClean(): Record<string, string> {
  const files = pythonTwoBugs();
  files['src/shop/prices.py'] = 'import math\n\n\ndef rounded_up(value):\n    return math.ceil(value)\n';
  files['src/shop/rules.py'] = 'def is_free(price):\n    return price == 0\n';
  return files;
}

/** A syntax error that hides a wrong result no deterministic fixer can repair. */
export function pythonSyntaxHidingLogic(): Record<string, string> {
  const files = pythonClean();
  files['src/shop/rules.py'] = 'def is_free(price)\n    return price != 0\n';
  return files;
}
