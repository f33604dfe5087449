import { afterEach, describe, expect, it } from 'vitest';
import { pyTypeNoneFixer } from '../../../../src/heal/fix/rule-first/py-type-none.ts';
import { answer, fixOnly, removeWorkspaces } from './type-error-runs.ts';

afterEach(removeWorkspaces);

describe('pyTypeNoneFixer', () => {
  const fixer = pyTypeNoneFixer();

  it('gives a lookup the default the file uses for the same lookup elsewhere', async () => {
    const source = [
      'LABELS: dict[str, str] = {}',
      '',
      '',
      'def label(key: str) -> str:',
      '    return LABELS.get(key, "")',
      '',
      '',
      'def shout(key: str) -> str:',
      '    text = LABELS.get(key)',
      '    return text.upper()',
      '',
    ].join('\n');

    const run = await fixOnly(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(run.failure.message).toBe('Item "None" of "Optional[str]" has no attribute "upper"');
    expect(run.patch.edits[0].after).toBe(source.replace('text = LABELS.get(key)', 'text = LABELS.get(key, "")'));
    expect(run.patch.description).toBe('use the default "" when the value is missing');
    expect(run.after).toEqual([]);
  });

  it('gives an argument the default the called parameter declares', async () => {
    const source = [
      'def pad(width: int = 0) -> str:',
      '    return " " * width',
      '',
      '',
      'def indent(widths: dict[str, int], name: str) -> str:',
      '    return pad(widths.get(name))',
      '',
    ].join('\n');

    const run = await fixOnly(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(run.failure.message).toBe('Argument 1 to "pad" has incompatible type "Optional[int]"; expected "int"');
    expect(run.patch.edits[0].after).toBe(source.replace('pad(widths.get(name))', 'pad(widths.get(name, 0))'));
    expect(run.patch.description).toBe('use the default 0 when the value is missing');
    expect(run.after).toEqual([]);
  });

  it('gives an operand the default the file uses elsewhere', async () => {
    const source = [
      'def seen(counts: dict[str, int], key: str) -> int:',
      '    return counts.get(key, 0)',
      '',
      '',
      'def bump(counts: dict[str, int], key: str) -> int:',
      '    return counts.get(key) + 1',
      '',
    ].join('\n');

    const run = await fixOnly(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(run.failure.message).toBe('Unsupported operand types for + ("None" and "int")');
    expect(run.patch.edits[0].after).toBe(source.replace('counts.get(key) + 1', 'counts.get(key, 0) + 1'));
    expect(run.after).toEqual([]);
  });

  it('returns early with what the function returns on its other empty path', async () => {
    const source = [
      'from typing import Optional',
      '',
      '',
      'def find(words: list[str], prefix: str) -> Optional[str]:',
      '    for word in words:',
      '        if word.startswith(prefix):',
      '            return word',
      '    return None',
      '',
      '',
      'def first_upper(words: list[str]) -> str:',
      '    if not words:',
      '        return ""',
      '    found = find(words, "a")',
      '    return found.upper()',
      '',
    ].join('\n');

    const run = await fixOnly(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(run.patch.edits[0].after).toBe(source.replace('    return found.upper()', '    if found is None:\n        return ""\n    return found.upper()'));
    expect(run.patch.description).toBe("return early when 'found' is None");
    expect(run.after).toEqual([]);
  });

  it('returns early on a returned Optional value', async () => {
    const source = [
      'import os',
      '',
      '',
      'def home(user: str) -> str:',
      '    if not user:',
      '        return ""',
      '    path = os.environ.get(user)',
      '    return path',
      '',
    ].join('\n');

    const run = await fixOnly(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(run.failure.message).toBe('Incompatible return value type (got "Optional[str]", expected "str")');
    expect(run.patch.edits[0].after).toBe(source.replace('    return path', '    if path is None:\n        return ""\n    return path'));
    expect(run.after).toEqual([]);
  });

  it('fixes the runtime AttributeError a test shows', async () => {
    const files = {
      'names.py': [
        'def initials(people: dict[str, str], key: str) -> str:',
        '    if not people:',
        '        return ""',
        '    name = people.get(key)',
        '    return name.upper()[:1]',
        '',
      ].join('\n'),
      'test_names.py': 'from names import initials\n\n\ndef test_missing():\n    assert initials({"a": "ann"}, "b") == ""\n',
    };

    const run = await fixOnly(fixer, files, 'pytest', 'names.py');

    expect(run.failure.message).toBe("'NoneType' object has no attribute 'upper'");
    expect(run.patch.edits[0].after).toBe(files['names.py'].replace('    return name.upper()', '    if name is None:\n        return ""\n    return name.upper()'));
    expect(run.after).toEqual([]);
  });

  it('declines a lookup the file gives no default and a function with no empty path', async () => {
    const source = 'def shout(labels: dict[str, str], key: str) -> str:\n    text = labels.get(key)\n    return text.upper()\n';

    const { result } = await answer(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(result.kind).toBe('decline');
  });

  it('declines a guard inside a loop', async () => {
    const source = [
      'def shout(labels: dict[str, str], keys: list[str]) -> str:',
      '    if not keys:',
      '        return ""',
      '    out = ""',
      '    for key in keys:',
      '        text = labels.get(key)',
      '        out += text.upper()',
      '    return out',
      '',
    ].join('\n');

    const { result } = await answer(fixer, { 'm.py': source }, 'mypy', 'm.py');

    expect(result.kind).toBe('decline');
  });
});
