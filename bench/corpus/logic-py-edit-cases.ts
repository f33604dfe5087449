// LOGIC single-edit repositories in Python whose fix is not an operator or a literal: the wrong
// variable, a stray statement, a missing guard. The comment above each says what the fix is.
import { pyLogicCase } from './logic-py-cases.ts';
import type { BenchCase } from './types.ts';

const imports = (pkg: string, module: string, names: string) => [`from ${pkg}.${module} import ${names}`, '', ''];
const test = (name: string, ...body: string[]) => [`def test_${name}():`, ...body.map((b) => `    ${b}`), '', ''];

/** A variable mix-up, a duplicated statement, a guard the function already has elsewhere. */
export function pyEditCases(): BenchCase[] {
  return [
    // `return width * height`
    pyLogicCase({
      name: 'py-logic-wrong-variable',
      kind: 'variable',
      pkg: 'geometry',
      moduleName: 'rectangles',
      module: ['def area(width, height):', '    return width * width', '', '', 'def perimeter(width, height):', '    return 2 * (width + height)'],
      tests: [
        ...imports('geometry', 'rectangles', 'area, perimeter'),
        ...test('area', 'assert area(3, 4) == 12'),
        ...test('square_area', 'assert area(5, 5) == 25'),
        ...test('perimeter', 'assert perimeter(3, 4) == 14'),
      ],
      needle: 'return width * width',
    }),
    // Delete `seen.clear()`: it forgets what was seen.
    pyLogicCase({
      name: 'py-logic-stray-statement',
      kind: 'delete statement',
      pkg: 'collections_extra',
      moduleName: 'unique',
      module: [
        'def unique_words(words):',
        '    seen = set()',
        '    out = []',
        '    for word in words:',
        '        key = word.lower()',
        '        if key in seen:',
        '            continue',
        '        seen.add(key)',
        '        seen.clear()',
        '        out.append(word)',
        '    return out',
        '',
        '',
        'def has_duplicates(items):',
        '    return len(set(items)) < len(items)',
      ],
      tests: [
        ...imports('collections_extra', 'unique', 'has_duplicates, unique_words'),
        ...test('unique_words', "assert unique_words(['Apple', 'pear', 'apple', 'Fig', 'PEAR']) == ['Apple', 'pear', 'Fig']"),
        ...test('unique_words_empty', 'assert unique_words([]) == []'),
        ...test('has_duplicates', 'assert has_duplicates([1, 2, 1])', 'assert not has_duplicates([1, 2])'),
      ],
      needle: 'seen.clear()',
    }),
    // Add `if not text: return 0` before the last line: the text may be blank once stripped.
    pyLogicCase({
      name: 'py-logic-missing-guard',
      kind: 'insert guard',
      pkg: 'text',
      moduleName: 'first_word',
      module: [
        'def first_word_length(text):',
        '    if not text:',
        '        return 0',
        '    text = text.strip()',
        '    return len(text.split()[0])',
        '',
        '',
        'def word_lengths(text):',
        '    return [len(word) for word in text.split()]',
      ],
      tests: [
        ...imports('text', 'first_word', 'first_word_length, word_lengths'),
        ...test('first_word', "assert first_word_length('hello world') == 5"),
        ...test('empty', "assert first_word_length('') == 0"),
        ...test('blank', "assert first_word_length('   ') == 0"),
        ...test('word_lengths', "assert word_lengths('a bb ccc') == [1, 2, 3]"),
      ],
      needle: 'return len(text.split()[0])',
    }),
  ];
}
