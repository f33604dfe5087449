// LOGIC single-edit repositories in Python, checked by pytest: classic algorithms with one seeded
// one-token bug each, tests that expose it, and passing tests over the code around it (what fault
// localisation learns from). The comment above each says what the right line reads.
import { pythonPackageCase } from './python-case.ts';
import type { BenchCase } from './types.ts';

export interface LogicSpec {
  name: string;
  kind: string;
  pkg: string;
  moduleName: string;
  module: string[];
  tests: string[];
  needle: string;
  /** Also lint with flake8, as the default project does. */
  flake8?: boolean;
}

/** A Python LOGIC case from its module and test lines. */
export function pyLogicCase(spec: LogicSpec): BenchCase {
  return pythonPackageCase({
    name: spec.name,
    kind: spec.kind,
    bugType: 'LOGIC',
    pkg: spec.pkg,
    moduleName: spec.moduleName,
    module: text(spec.module),
    tests: text(spec.tests),
    needle: spec.needle,
    project: spec.flake8 ? undefined : { checks: ['python -m pytest -q'], flake8Config: false },
  });
}

/** Lines as a file: one final newline, no blank lines after the last (flake8's W391). */
function text(lines: string[]): string {
  const kept = [...lines];
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return `${kept.join('\n')}\n`;
}

const imports = (pkg: string, module: string, names: string) => [`from ${pkg}.${module} import ${names}`, '', ''];
const test = (name: string, ...body: string[]) => [`def test_${name}():`, ...body.map((b) => `    ${b}`), '', ''];

/** Searches, sorts and graphs. */
export function pySearchCases(): BenchCase[] {
  return [
    // `while lo <= hi:`
    pyLogicCase({
      name: 'py-logic-binary-search',
      kind: 'relational',
      pkg: 'searching',
      moduleName: 'bisect_search',
      module: [
        'def binary_search(items, target):',
        '    lo, hi = 0, len(items) - 1',
        '    while lo < hi:',
        '        mid = (lo + hi) // 2',
        '        if items[mid] == target:',
        '            return mid',
        '        if items[mid] < target:',
        '            lo = mid + 1',
        '        else:',
        '            hi = mid - 1',
        '    return -1',
        '',
        '',
        'def contains(items, target):',
        '    return binary_search(items, target) >= 0',
      ],
      tests: [
        ...imports('searching', 'bisect_search', 'binary_search, contains'),
        ...test('finds_every_item', 'items = [1, 3, 5, 7, 9, 11]', 'assert [binary_search(items, x) for x in items] == [0, 1, 2, 3, 4, 5]'),
        ...test('single_item', 'assert binary_search([4], 4) == 0'),
        ...test('missing_items', 'assert binary_search([1, 3, 5], 4) == -1', 'assert binary_search([1, 3, 5], 0) == -1', 'assert binary_search([], 1) == -1'),
        ...test('contains_middle', 'assert contains([1, 3, 5, 7, 9], 5)'),
      ],
      needle: 'while lo < hi',
    }),
    // `if items[j] > items[j + 1]:`
    pyLogicCase({
      name: 'py-logic-bubble-sort',
      kind: 'relational',
      pkg: 'sorting',
      moduleName: 'bubble',
      module: [
        'def bubble_sort(values):',
        '    items = list(values)',
        '    for end in range(len(items) - 1, 0, -1):',
        '        for j in range(end):',
        '            if items[j] < items[j + 1]:',
        '                items[j], items[j + 1] = items[j + 1], items[j]',
        '    return items',
        '',
        '',
        'def is_sorted(items):',
        '    return all(a <= b for a, b in zip(items, items[1:]))',
      ],
      tests: [
        ...imports('sorting', 'bubble', 'bubble_sort, is_sorted'),
        ...test('sorts', 'assert bubble_sort([3, 1, 2]) == [1, 2, 3]'),
        ...test('sorts_reversed', 'assert bubble_sort([5, 4, 3, 2, 1]) == [1, 2, 3, 4, 5]'),
        ...test('keeps_empty_and_single', 'assert bubble_sort([]) == []', 'assert bubble_sort([7]) == [7]'),
        ...test('is_sorted', 'assert is_sorted([1, 2, 2, 3])', 'assert not is_sorted([2, 1])'),
      ],
      needle: 'if items[j] < items[j + 1]',
    }),
    // `if nxt not in seen:`
    pyLogicCase({
      name: 'py-logic-bfs-visited',
      kind: 'negation',
      pkg: 'graphs',
      moduleName: 'bfs',
      module: [
        'from collections import deque',
        '',
        '',
        'def reachable(graph, start):',
        '    seen = {start}',
        '    queue = deque([start])',
        '    while queue:',
        '        node = queue.popleft()',
        '        for nxt in graph.get(node, []):',
        '            if nxt in seen:',
        '                seen.add(nxt)',
        '                queue.append(nxt)',
        '    return seen',
        '',
        '',
        'def neighbours(graph, node):',
        '    return sorted(graph.get(node, []))',
      ],
      tests: [
        ...imports('graphs', 'bfs', 'neighbours, reachable'),
        'GRAPH = {"a": ["b", "c"], "b": ["d"], "c": ["d"], "d": [], "e": ["a"]}',
        '',
        '',
        ...test('reaches_everything_downstream', 'assert reachable(GRAPH, "a") == {"a", "b", "c", "d"}'),
        ...test('a_sink_reaches_itself', 'assert reachable(GRAPH, "d") == {"d"}'),
        ...test('neighbours', 'assert neighbours(GRAPH, "a") == ["b", "c"]'),
      ],
      needle: 'if nxt in seen',
    }),
    // `if v > best:`
    pyLogicCase({
      name: 'py-logic-largest',
      kind: 'relational',
      pkg: 'stats',
      moduleName: 'extremes',
      module: [
        'def largest(values):',
        '    best = values[0]',
        '    for v in values[1:]:',
        '        if v < best:',
        '            best = v',
        '    return best',
        '',
        '',
        'def spread(values):',
        '    return max(values) - min(values)',
      ],
      tests: [
        ...imports('stats', 'extremes', 'largest, spread'),
        ...test('largest', 'assert largest([3, 9, 4]) == 9'),
        ...test('largest_first', 'assert largest([8, 2, 5]) == 8'),
        ...test('spread', 'assert spread([3, 9, 4]) == 6'),
      ],
      needle: 'if v < best',
    }),
    // `return best`
    pyLogicCase({
      name: 'py-logic-longest-word',
      kind: 'return value',
      pkg: 'text',
      moduleName: 'words',
      module: [
        'def longest_word(sentence):',
        "    best = ''",
        '    for word in sentence.split():',
        '        if len(word) > len(best):',
        '            best = word',
        '    return word',
        '',
        '',
        'def word_count(sentence):',
        '    return len(sentence.split())',
      ],
      tests: [
        ...imports('text', 'words', 'longest_word, word_count'),
        ...test('longest_word', "assert longest_word('a quick fox') == 'quick'"),
        ...test('longest_word_last', "assert longest_word('hi there') == 'there'"),
        ...test('word_count', "assert word_count('a quick fox') == 3"),
      ],
      needle: 'return word',
      flake8: true,
    }),
    // `if chars[i] != chars[len(chars) - i - 1]:`
    pyLogicCase({
      name: 'py-logic-palindrome-index',
      kind: 'off-by-one index',
      pkg: 'text',
      moduleName: 'palindromes',
      module: [
        'def normalise(text):',
        '    return [c.lower() for c in text if c.isalnum()]',
        '',
        '',
        'def is_palindrome(text):',
        '    chars = normalise(text)',
        '    for i in range(len(chars) // 2):',
        '        if chars[i] != chars[len(chars) - i]:',
        '            return False',
        '    return True',
      ],
      tests: [
        ...imports('text', 'palindromes', 'is_palindrome, normalise'),
        ...test('palindromes', "assert is_palindrome('Racecar')", "assert is_palindrome('A man, a plan, a canal: Panama')"),
        ...test('not_palindromes', "assert not is_palindrome('python')", "assert not is_palindrome('abca')"),
        ...test('short', "assert is_palindrome('')", "assert is_palindrome('x')"),
        ...test('normalise', "assert normalise('Ab, c!') == ['a', 'b', 'c']"),
      ],
      needle: 'chars[len(chars) - i]',
    }),
  ];
}
