import { describe, expect, it } from 'vitest';
import {
  allPassed,
  countFailures,
  createBoard,
  failureCount,
  fixRank,
  markStaleExcept,
  nextFailure,
  updateBoard,
} from '../../src/heal/check-board.ts';
import { attemptKey } from '../../src/heal/check-board.ts';
import { makeFailure, makeResult } from './verify/factories.ts';

describe('fixRank', () => {
  it('follows BUG_TYPE_ORDER and puts unclassified failures last', () => {
    const ranks = (['SYNTAX', 'INDENTATION', 'IMPORT', 'TYPE_ERROR', 'LINTING', 'LOGIC', null] as const).map((bugType) =>
      fixRank(makeFailure('c', { bugType })),
    );

    expect(ranks).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe('nextFailure', () => {
  it('picks failures in fix order across checks: SYNTAX, INDENTATION, IMPORT, TYPE_ERROR, LINTING, LOGIC, unclassified', () => {
    const failures = [
      makeFailure('tests', { bugType: null, message: 'unclassified' }),
      makeFailure('tests', { bugType: 'LOGIC', message: 'logic' }),
      makeFailure('lint', { bugType: 'LINTING', message: 'lint' }),
      makeFailure('types', { bugType: 'TYPE_ERROR', message: 'type' }),
      makeFailure('tests', { bugType: 'IMPORT', message: 'import' }),
      makeFailure('lint', { bugType: 'INDENTATION', message: 'indent' }),
      makeFailure('types', { bugType: 'SYNTAX', message: 'syntax' }),
    ];
    const board = createBoard([
      makeResult('tests', failures.filter((f) => f.check === 'tests')),
      makeResult('lint', failures.filter((f) => f.check === 'lint')),
      makeResult('types', failures.filter((f) => f.check === 'types')),
    ]);
    const attempted = new Set<string>();
    const order: string[] = [];

    for (let next = nextFailure(board, attempted); next; next = nextFailure(board, attempted)) {
      order.push(next.message);
      attempted.add(attemptKey(next));
    }

    expect(order).toEqual(['syntax', 'indent', 'import', 'type', 'lint', 'logic', 'unclassified']);
  });

  it('breaks ties by file, then line', () => {
    const board = createBoard([
      makeResult('lint', [
        makeFailure('lint', { bugType: 'LINTING', file: 'src/b.py', line: 1, message: 'b1' }),
        makeFailure('lint', { bugType: 'LINTING', file: 'src/a.py', line: 9, message: 'a9' }),
        makeFailure('lint', { bugType: 'LINTING', file: 'src/a.py', line: 2, message: 'a2' }),
      ]),
    ]);

    const next = nextFailure(board, new Set());

    expect(next?.message).toBe('a2');
  });

  it('skips attempted failures by kind and place, so the same kind on another line is still tried', () => {
    const first = makeFailure('lint', { bugType: 'SYNTAX', message: 'first', line: 1 });
    const second = makeFailure('lint', { bugType: 'LINTING', message: 'second' });
    const sameKindElsewhere = { ...first, line: 40 };
    const board = createBoard([makeResult('lint', [first, sameKindElsewhere, second])]);

    const next = nextFailure(board, new Set([attemptKey(first)]));

    expect(next).toBe(sameKindElsewhere);
  });

  it('is null when every failure was attempted or every check passed', () => {
    const only = makeFailure('lint');
    const board = createBoard([makeResult('lint', [only]), makeResult('tests', [])]);

    expect(nextFailure(board, new Set([attemptKey(only)]))).toBeNull();
    expect(nextFailure(createBoard([makeResult('tests', [])]), new Set())).toBeNull();
  });
});

describe('stale checks', () => {
  it('marks every check but the verifying one stale, and a fresh result clears it', () => {
    const board = createBoard([makeResult('a', []), makeResult('b', []), makeResult('c', [])]);

    markStaleExcept(board, 'b');

    expect([...board.stale].sort()).toEqual(['a', 'c']);

    updateBoard(board, makeResult('a', [makeFailure('a')]));

    expect([...board.stale]).toEqual(['c']);
    expect(board.results.get('a')?.failures).toHaveLength(1);
  });

  it('starts with nothing stale', () => {
    const board = createBoard([makeResult('a', [])]);

    expect(board.stale.size).toBe(0);
  });
});

describe('countFailures and allPassed', () => {
  it('counts placed failures, and one for a failing check with none placed', () => {
    const results = [
      makeResult('a', [makeFailure('a'), makeFailure('a', { message: 'other' })]),
      makeResult('b', [], { passed: false, exitCode: 1 }),
      makeResult('c', []),
    ];

    expect(countFailures(results)).toBe(3);
    expect(failureCount(createBoard(results))).toBe(3);
  });

  it('ignores failures of a check that passed', () => {
    const results = [makeResult('a', [makeFailure('a')], { passed: true, exitCode: 0 })];

    expect(countFailures(results)).toBe(0);
  });

  it('says whether every check passed in its latest run', () => {
    const board = createBoard([makeResult('a', []), makeResult('b', [makeFailure('b')])]);

    expect(allPassed(board)).toBe(false);

    updateBoard(board, makeResult('b', []));

    expect(allPassed(board)).toBe(true);
  });
});
