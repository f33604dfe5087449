// LOGIC repositories whose right fix is NOT a one- or two-token change (a missing table entry, a
// missing sort key, a missing loop): RIFT must search within its budget, give up, and say so.
import { jsLogicCase } from './logic-js-cases.ts';
import { pyLogicCase } from './logic-py-cases.ts';
import type { BenchCase } from './types.ts';

/** The kind every give-up case carries; the bench's LOGIC section reads it. */
export const GIVE_UP_KIND = 'give-up';

const imports = (pkg: string, module: string, names: string) => [`from ${pkg}.${module} import ${names}`, '', ''];
const test = (name: string, ...body: string[]) => [`def test_${name}():`, ...body.map((b) => `    ${b}`), '', ''];

/** Three cases no small edit heals. */
export function logicGiveUpCases(): BenchCase[] {
  return [
    // The table lacks the subtractive pairs (900 CM, 400 CD, 90 XC, 40 XL, 9 IX, 4 IV).
    pyLogicCase({
      name: 'py-logic-give-up-roman',
      kind: GIVE_UP_KIND,
      pkg: 'numerals',
      moduleName: 'roman',
      module: [
        "NUMERALS = [(1000, 'M'), (500, 'D'), (100, 'C'), (50, 'L'), (10, 'X'), (5, 'V'), (1, 'I')]",
        '',
        '',
        'def to_roman(n):',
        "    out = ''",
        '    for value, letters in NUMERALS:',
        '        while n >= value:',
        '            out += letters',
        '            n -= value',
        '    return out',
      ],
      tests: [
        ...imports('numerals', 'roman', 'to_roman'),
        ...test('additive', "assert to_roman(3) == 'III'", "assert to_roman(2023) == 'MMXXIII'"),
        ...test('subtractive', "assert [to_roman(n) for n in (4, 9, 40, 90, 400, 1994)] == ['IV', 'IX', 'XL', 'XC', 'CD', 'MCMXCIV']"),
      ],
      needle: 'NUMERALS = ',
    }),
    // Needs a sort key: by count descending, then alphabetically.
    pyLogicCase({
      name: 'py-logic-give-up-frequencies',
      kind: GIVE_UP_KIND,
      pkg: 'text',
      moduleName: 'frequencies',
      module: [
        'def frequencies(words):',
        '    counts = {}',
        '    for word in words:',
        '        counts[word] = counts.get(word, 0) + 1',
        '    return counts',
        '',
        '',
        'def most_common(words, n):',
        '    ranked = sorted(frequencies(words).items())',
        '    return [word for word, _ in ranked[:n]]',
      ],
      tests: [
        ...imports('text', 'frequencies', 'frequencies, most_common'),
        ...test('frequencies', "assert frequencies(['a', 'b', 'a']) == {'a': 2, 'b': 1}"),
        ...test('most_common', "words = ['pear', 'fig', 'apple', 'fig', 'pear', 'fig']", "assert most_common(words, 2) == ['fig', 'pear']"),
      ],
      needle: 'ranked = sorted(',
    }),
    // Capitalises only the first word: needs a split, a map and a join.
    jsLogicCase({
      name: 'js-logic-give-up-title-case',
      kind: GIVE_UP_KIND,
      module: 'title',
      source: [
        'export function capitalise(word) {',
        '  return word.charAt(0).toUpperCase() + word.slice(1);',
        '}',
        '',
        'export function titleCase(text) {',
        '  return capitalise(text.trim());',
        '}',
      ],
      imports: 'capitalise, titleCase',
      tests: [
        ['capitalises a word', "assert.equal(capitalise('hello'), 'Hello');"],
        ['title-cases every word', "assert.equal(titleCase('the quick brown fox'), 'The Quick Brown Fox');"],
      ],
      needle: 'return capitalise(text.trim());',
    }),
  ];
}
