import { describe, expect, it } from 'vitest';
import { ciStatusLabel, fixMark, formatDuration, formatIteration, formatTimestamp } from '../../src/report/display-format.ts';

describe('formatDuration', () => {
  it.each([
    [0, '0.0s'],
    [45.24, '45.2s'],
    [59.96, '1m 00s'],
    [125.4, '2m 05s'],
    [299.9, '5m 00s'],
    [3729, '1h 02m 09s'],
  ])('renders %s seconds as %s', (secs, expected) => {
    expect(formatDuration(secs)).toBe(expected);
  });
});

describe('small labels', () => {
  it('shows the retry limit beside the iteration when known', () => {
    expect(formatIteration(2, 5)).toBe('2/5');
    expect(formatIteration(2)).toBe('2');
  });

  it('renders timestamps in UTC and leaves unparsable ones alone', () => {
    expect(formatTimestamp('2025-01-31T15:05:09.500+01:00')).toBe('2025-01-31 14:05:09 UTC');
    expect(formatTimestamp('soon')).toBe('soon');
  });

  it('marks only applied fixes with a tick', () => {
    expect(fixMark('applied')).toBe('✓');
    expect(fixMark('failed')).toBe('✗');
    expect(fixMark('rolled_back')).toBe('✗');
    expect(fixMark('skipped')).toBe('✗');
  });

  it('flags regressions in the CI status', () => {
    const entry = { iteration: 3, status: 'failed' as const, timestamp: '2025-01-31T14:00:00Z', regression: true };

    expect(ciStatusLabel(entry)).toBe('failed (regression)');
    expect(ciStatusLabel({ ...entry, regression: false })).toBe('failed');
  });
});
