import { describe, expect, it } from 'vitest';
import { canTransition, isTerminalStatus } from '../../src/store/run-status.ts';
import type { RunStatus } from '../../src/store/types.ts';

describe('canTransition', () => {
  it.each<[RunStatus, RunStatus]>([
    ['queued', 'running'],
    ['queued', 'failed'],
    ['running', 'passed'],
    ['running', 'failed'],
    ['running', 'quarantined'],
    ['running', 'running'],
    ['passed', 'passed'],
  ])('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each<[RunStatus, RunStatus]>([
    ['running', 'queued'],
    ['passed', 'running'],
    ['failed', 'queued'],
    ['quarantined', 'passed'],
    ['queued', 'passed'],
    ['queued', 'quarantined'],
    ['failed', 'passed'],
  ])('refuses %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });
});

describe('isTerminalStatus', () => {
  it('is true only for passed, failed and quarantined', () => {
    const statuses: RunStatus[] = ['queued', 'running', 'passed', 'failed', 'quarantined'];

    const terminal = statuses.filter(isTerminalStatus);

    expect(terminal).toEqual(['passed', 'failed', 'quarantined']);
  });
});
