// File maps of small broken repositories for pipeline tests. Each is plain Python or JavaScript that
// the real tools (flake8, pytest, node) check; nothing here is known to the engine.

import { pythonProject } from './python-project.ts';

/** A Python package, checked by flake8, mypy and pytest, with an unused import and a missing colon that hides the tests. */
export function pythonTwoBugs(): Record<string, string> {
  return pythonProject({
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
  }, { checks: ['flake8 src tests', 'mypy src', 'python -m pytest -q'] });
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

/**
 * One Python package with six bugs of five types: a missing colon that hides a misspelt module, an
 * unused variable, a comparison to None, an over-short indent, and a str + int that only a test shows.
 */
export function pythonManyBugs(): Record<string, string> {
  return pythonProject({
    'src/inventory/__init__.py': [
      '',
    ].join('\n'),
    'src/inventory/report.py': [
      "def describe(levels):",
      "    unused = len(levels)",
      "    lines = []",
      "    for item, count in sorted(levels.items()):",
      "        if count == None:",
      "            continue",
      "        lines.append(item + \": \" + count)",
      "    return \"\\n\".join(lines)",
      "",
      "",
      "def total(levels):",
      "    result = 0",
      "    for count in levels.values():",
      "      result += count",
      "    return result",
      '',
    ].join('\n'),
    'src/inventory/stock.py': [
      "import jsno",
      "",
      "",
      "def load(text):",
      "    return jsno.loads(text)",
      "",
      "",
      "def restock(levels, item, amount)",
      "    levels[item] = levels.get(item, 0) + amount",
      "    return levels",
      '',
    ].join('\n'),
    'tests/test_inventory.py': [
      "from inventory.report import describe, total",
      "from inventory.stock import load, restock",
      "",
      "",
      "def test_load():",
      "    assert load('{\"bolt\": 3}') == {\"bolt\": 3}",
      "",
      "",
      "def test_restock():",
      "    assert restock({\"bolt\": 1}, \"bolt\", 2) == {\"bolt\": 3}",
      "",
      "",
      "def test_describe():",
      "    assert describe({\"nut\": 2, \"bolt\": 1}) == \"bolt: 1\\nnut: 2\"",
      "",
      "",
      "def test_total():",
      "    assert total({\"nut\": 2, \"bolt\": 1}) == 3",
      '',
    ].join('\n'),
  });
}
