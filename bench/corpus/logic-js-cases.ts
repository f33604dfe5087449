// LOGIC single-edit repositories in JavaScript: ES modules tested by node:test, run as the CI
// config of .github/rift.yml says. The comment above each says what the right line reads.
import { lineOf, type BenchCase } from './types.ts';

export interface JsLogicSpec {
  name: string;
  kind: string;
  /** Module name: src/<module>.mjs, test/<module>.test.mjs. */
  module: string;
  source: string[];
  /** What the test file imports from the module. */
  imports: string;
  tests: Array<[name: string, ...body: string[]]>;
  needle: string;
}

/** A JavaScript LOGIC case from its module and tests. */
export function jsLogicCase(spec: JsLogicSpec): BenchCase {
  const file = `src/${spec.module}.mjs`;
  const source = `${spec.source.join('\n')}\n`;
  const tests = [
    "import { test } from 'node:test';",
    "import assert from 'node:assert/strict';",
    `import { ${spec.imports} } from '../${file}';`,
    '',
    ...spec.tests.flatMap(([name, ...body]) => [`test('${name}', () => {`, ...body.map((b) => `  ${b}`), '});', '']),
  ].join('\n');
  return {
    name: spec.name,
    language: 'javascript',
    kind: spec.kind,
    files: {
      '.github/rift.yml': ['ci_command:', '  - node --test test/', ''].join('\n'),
      [file]: source,
      [`test/${spec.module}.test.mjs`]: tests,
    },
    bug: { bugType: 'LOGIC', file, line: lineOf(source, spec.needle) },
  };
}

/** The JavaScript single-edit cases. */
export function jsLogicCases(): BenchCase[] {
  return [
    // `while (lo <= hi) {`
    jsLogicCase({
      name: 'js-logic-binary-search',
      kind: 'relational',
      module: 'search',
      source: [
        'export function indexOf(items, target) {',
        '  let lo = 0;',
        '  let hi = items.length - 1;',
        '  while (lo < hi) {',
        '    const mid = Math.floor((lo + hi) / 2);',
        '    if (items[mid] === target) return mid;',
        '    if (items[mid] < target) lo = mid + 1;',
        '    else hi = mid - 1;',
        '  }',
        '  return -1;',
        '}',
      ],
      imports: 'indexOf',
      tests: [
        ['finds every item', 'const items = [1, 3, 5, 7, 9, 11];', 'assert.deepEqual(items.map((x) => indexOf(items, x)), [0, 1, 2, 3, 4, 5]);'],
        ['finds a single item', 'assert.equal(indexOf([4], 4), 0);'],
        ['misses', 'assert.equal(indexOf([1, 3, 5], 4), -1);', 'assert.equal(indexOf([], 4), -1);'],
      ],
      needle: 'while (lo < hi)',
    }),
    // `return [...values].sort((a, b) => a - b);`
    jsLogicCase({
      name: 'js-logic-sort-comparator',
      kind: 'swapped operands',
      module: 'order',
      source: [
        'export function ascending(values) {',
        '  return [...values].sort((a, b) => b - a);',
        '}',
        '',
        'export function top(values, n) {',
        '  return [...values].sort((a, b) => b - a).slice(0, n);',
        '}',
      ],
      imports: 'ascending, top',
      tests: [
        ['sorts ascending', 'assert.deepEqual(ascending([3, 10, 2]), [2, 3, 10]);'],
        ['keeps an empty list', 'assert.deepEqual(ascending([]), []);'],
        ['takes the top values', 'assert.deepEqual(top([3, 10, 2, 7], 2), [10, 7]);'],
      ],
      needle: 'return [...values].sort((a, b) => b - a);',
    }),
    // `for (let d = 2; d * d <= n; d += 1) {`
    jsLogicCase({
      name: 'js-logic-prime',
      kind: 'relational',
      module: 'primes',
      source: [
        'export function isPrime(n) {',
        '  if (n < 2) return false;',
        '  for (let d = 2; d * d < n; d += 1) {',
        '    if (n % d === 0) return false;',
        '  }',
        '  return true;',
        '}',
        '',
        'export function primesBelow(limit) {',
        '  const out = [];',
        '  for (let n = 2; n < limit; n += 1) if (isPrime(n)) out.push(n);',
        '  return out;',
        '}',
      ],
      imports: 'isPrime, primesBelow',
      tests: [
        ['small primes', 'assert.ok([2, 3, 5, 7, 11, 13].every(isPrime));'],
        ['squares are not prime', 'assert.equal(isPrime(9), false);', 'assert.equal(isPrime(49), false);'],
        ['primes below ten', 'assert.deepEqual(primesBelow(8), [2, 3, 5, 7]);'],
      ],
      needle: 'd * d < n',
    }),
    // `for (let i = 2; i <= n; i += 1) {`
    jsLogicCase({
      name: 'js-logic-fibonacci-dp',
      kind: 'relational',
      module: 'fib',
      source: [
        'export function fib(n) {',
        '  if (n < 2) return n;',
        '  const table = [0, 1];',
        '  for (let i = 2; i < n; i += 1) {',
        '    table[i] = table[i - 1] + table[i - 2];',
        '  }',
        '  return table[n];',
        '}',
      ],
      imports: 'fib',
      tests: [
        ['base cases', 'assert.equal(fib(0), 0);', 'assert.equal(fib(1), 1);'],
        ['sequence', 'assert.deepEqual([2, 3, 4, 5, 6, 7].map(fib), [1, 2, 3, 5, 8, 13]);'],
      ],
      needle: 'i < n;',
    }),
    // `if (chars[i] !== chars[chars.length - 1 - i]) return false;`
    jsLogicCase({
      name: 'js-logic-palindrome-index',
      kind: 'off-by-one index',
      module: 'palindrome',
      source: [
        'export function normalise(text) {',
        "  return text.toLowerCase().replace(/[^a-z0-9]/g, '');",
        '}',
        '',
        'export function isPalindrome(text) {',
        '  const chars = normalise(text);',
        '  for (let i = 0; i < chars.length / 2; i += 1) {',
        '    if (chars[i] !== chars[chars.length - i]) return false;',
        '  }',
        '  return true;',
        '}',
      ],
      imports: 'isPalindrome, normalise',
      tests: [
        ['palindromes', "assert.ok(isPalindrome('Racecar'));", "assert.ok(isPalindrome('Never odd or even'));"],
        ['not palindromes', "assert.equal(isPalindrome('node'), false);", "assert.equal(isPalindrome('abca'), false);"],
        ['normalises', "assert.equal(normalise('A b!'), 'ab');"],
      ],
      needle: 'chars[chars.length - i]',
    }),
    // `if (v > best) best = v;`
    jsLogicCase({
      name: 'js-logic-largest',
      kind: 'relational',
      module: 'extremes',
      source: [
        'export function largest(values) {',
        '  let best = values[0];',
        '  for (const v of values) {',
        '    if (v < best) best = v;',
        '  }',
        '  return best;',
        '}',
        '',
        'export function spread(values) {',
        '  return Math.max(...values) - Math.min(...values);',
        '}',
      ],
      imports: 'largest, spread',
      tests: [
        ['largest', 'assert.equal(largest([3, 9, 4]), 9);'],
        ['largest first', 'assert.equal(largest([8, 2, 5]), 8);'],
        ['spread', 'assert.equal(spread([3, 9, 4]), 6);'],
      ],
      needle: 'if (v < best)',
    }),
    // `return isAdult(age) && registered;`
    jsLogicCase({
      name: 'js-logic-and-or',
      kind: 'logical',
      module: 'voting',
      source: ['export function isAdult(age) {', '  return age >= 18;', '}', '', 'export function canVote(age, registered) {', '  return isAdult(age) || registered;', '}'],
      imports: 'canVote, isAdult',
      tests: [
        ['adult', 'assert.ok(isAdult(18));', 'assert.equal(isAdult(17), false);'],
        ['registered adults vote', 'assert.ok(canVote(30, true));'],
        ['unregistered adults do not', 'assert.equal(canVote(30, false), false);'],
        ['registered children do not', 'assert.equal(canVote(12, true), false);'],
      ],
      needle: 'return isAdult(age) || registered;',
    }),
    // `if (!seen.has(next)) {`
    jsLogicCase({
      name: 'js-logic-bfs-visited',
      kind: 'negation',
      module: 'graph',
      source: [
        'export function reachable(graph, start) {',
        '  const seen = new Set([start]);',
        '  const queue = [start];',
        '  while (queue.length > 0) {',
        '    const node = queue.shift();',
        '    for (const next of graph[node] ?? []) {',
        '      if (seen.has(next)) {',
        '        seen.add(next);',
        '        queue.push(next);',
        '      }',
        '    }',
        '  }',
        '  return [...seen].sort();',
        '}',
        '',
        'export function neighbours(graph, node) {',
        '  return [...(graph[node] ?? [])].sort();',
        '}',
      ],
      imports: 'neighbours, reachable',
      tests: [
        ['reaches everything downstream', "const graph = { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] };", "assert.deepEqual(reachable(graph, 'a'), ['a', 'b', 'c', 'd']);"],
        ['a sink reaches itself', "assert.deepEqual(reachable({ d: [] }, 'd'), ['d']);"],
        ['neighbours', "assert.deepEqual(neighbours({ a: ['c', 'b'] }, 'a'), ['b', 'c']);"],
      ],
      needle: 'if (seen.has(next))',
    }),
  ];
}
