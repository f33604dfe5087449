import { describe, expect, it } from 'vitest';
import type { FixOutcome } from '../../../src/heal/context.ts';
import { buildResults, type RunRecord } from '../../../src/heal/steps/build-results.ts';
import { validateResults } from '../../../src/report/results.ts';
import { makeCheck, makeFailure } from '../verify/factories.ts';

function fixOutcome(overrides: Partial<FixOutcome> = {}): FixOutcome {
  const failure = makeFailure('lint', { file: 'src/utils.py', line: 15, bugType: 'LINTING', code: 'F401', message: "'os' imported but unused" });
  return {
    fixId: '11111111-1111-4111-8111-111111111111',
    failure,
    line: failure.line,
    bugType: 'LINTING',
    description: 'remove the import statement',
    fixLine: 'LINTING error in src/utils.py line 15 → Fix: remove the import statement',
    signature: 'sig',
    status: 'applied',
    strategy: 'rule_first',
    confidence: 0.95,
    commitSha: 'a'.repeat(40),
    commitMessage: '[AI-AGENT] LINTING error in src/utils.py line 15 → Fix: remove the import statement',
    ...overrides,
  };
}

function runRecord(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    runId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    repoUrl: '/home/dev/repo',
    team: 'Code Warriors',
    leader: 'John Doe',
    branch: 'CODE_WARRIORS_JOHN_DOE_AI_Fix',
    status: 'PASSED',
    startedAt: new Date('2025-01-31T14:00:00.000Z'),
    finishedAt: new Date('2025-01-31T14:01:05.432Z'),
    totalFailures: 2,
    commits: 1,
    retryLimit: 5,
    fixes: [fixOutcome()],
    ciLog: [{ iteration: 1, status: 'passed', timestamp: '2025-01-31T14:01:00.000Z', regression: false }],
    unresolved: [],
    checks: [makeCheck('lint', { command: 'flake8 .', kind: 'lint', tool: 'flake8' })],
    sandbox: 'bwrap',
    quarantineReason: null,
    failureReason: null,
    ...overrides,
  };
}

describe('buildResults', () => {
  it('builds results that match the published schema', () => {
    const results = buildResults(runRecord());

    expect(() => validateResults(results)).not.toThrow();
  });

  it('fills the required fields from the run', () => {
    const results = buildResults(runRecord());

    expect(results).toMatchObject({
      run_id: '0f8fad5b-d9cb-469f-a165-70867728950e',
      repo_url: '/home/dev/repo',
      team_name: 'Code Warriors',
      leader_name: 'John Doe',
      branch_name: 'CODE_WARRIORS_JOHN_DOE_AI_Fix',
      final_status: 'PASSED',
      total_failures: 2,
      total_fixes: 1,
      total_time_secs: 65.43,
      score: { base: 100, speed_bonus: 10, efficiency_penalty: 0, total: 110 },
      started_at: '2025-01-31T14:00:00.000Z',
      finished_at: '2025-01-31T14:01:05.432Z',
      total_commits: 1,
      total_iterations: 1,
      retry_limit: 5,
      checks: [{ id: 'lint', command: 'flake8 .', cwd: '.' }],
      sandbox: 'bwrap',
    });
  });

  it('maps a fix to its results.json entry', () => {
    const results = buildResults(runRecord());

    expect(results.fixes).toEqual([
      {
        file: 'src/utils.py',
        bug_type: 'LINTING',
        line_number: 15,
        commit_message: '[AI-AGENT] LINTING error in src/utils.py line 15 → Fix: remove the import statement',
        status: 'applied',
        fix_line: 'LINTING error in src/utils.py line 15 → Fix: remove the import statement',
        description: "'os' imported but unused",
        fix_description: 'remove the import statement',
        strategy: 'rule_first',
        confidence: 0.95,
        commit_sha: 'a'.repeat(40),
      },
    ]);
  });

  it('counts only applied fixes and leaves out a missing strategy and confidence', () => {
    const failed = fixOutcome({ status: 'failed', strategy: null, confidence: null, commitSha: null, commitMessage: null });
    const rolledBack = fixOutcome({ status: 'rolled_back' });

    const results = buildResults(runRecord({ fixes: [fixOutcome(), failed, rolledBack] }));

    expect(results.total_fixes).toBe(1);
    expect(results.fixes[1]).not.toHaveProperty('strategy');
    expect(results.fixes[1]).not.toHaveProperty('confidence');
    expect(results.fixes[1].commit_message).toBe('');
    expect(results.fixes[1].commit_sha).toBeNull();
    expect(() => validateResults(results)).not.toThrow();
  });

  it('scores commits past 20 and a slow run', () => {
    const results = buildResults(runRecord({ commits: 23, finishedAt: new Date('2025-01-31T14:05:00.000Z') }));

    expect(results.score).toEqual({ base: 100, speed_bonus: 0, efficiency_penalty: 6, total: 94 });
  });

  it('builds a valid record of a failed run with no fix and the reason', () => {
    const results = buildResults(
      runRecord({
        status: 'FAILED',
        fixes: [],
        ciLog: [],
        commits: 0,
        failureReason: 'No checks found',
        unresolved: [{ file: 'src/a.py', line: 3, bug_type: null, message: 'boom', check: 'tests', reason: 'no fixer' }],
      }),
    );

    expect(results.final_status).toBe('FAILED');
    expect(results.failure_reason).toBe('No checks found');
    expect(results.total_iterations).toBe(0);
    expect(() => validateResults(results)).not.toThrow();
  });

  it('builds a valid quarantined record', () => {
    const results = buildResults(
      runRecord({
        status: 'QUARANTINED',
        quarantineReason: 'tests/test_a.py::test_flaky flipped without a change',
        ciLog: [{ iteration: 1, status: 'failed', timestamp: '2025-01-31T14:01:00.000Z', regression: true }],
      }),
    );

    expect(results.quarantine_reason).toBe('tests/test_a.py::test_flaky flipped without a change');
    expect(() => validateResults(results)).not.toThrow();
  });
});
