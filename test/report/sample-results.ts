// A complete, valid results.json object for the report tests; each test changes what it needs.
import type { Results, ResultsFix } from '../../src/report/results.ts';

/** A fresh copy every call, so tests can mutate it freely. */
export function sampleResults(): Results {
  return {
    run_id: '0b7f3c9e-2f4a-4c1d-9e57-8a1b2c3d4e5f',
    repo_url: 'https://github.com/octo-org/shop-api',
    team_name: 'Code Warriors',
    leader_name: 'Ada Lovelace',
    branch_name: 'CODE_WARRIORS_ADA_LOVELACE_AI_Fix',
    final_status: 'PASSED',
    total_failures: 3,
    total_fixes: 2,
    total_time_secs: 125.4,
    score: { base: 100, speed_bonus: 10, efficiency_penalty: 0, total: 110 },
    fixes: [
      {
        file: 'src/utils.py',
        bug_type: 'LINTING',
        line_number: 15,
        commit_message: '[AI-AGENT] Fix LINTING in src/utils.py line 15',
        status: 'applied',
        fix_line: 'LINTING error in src/utils.py line 15 → Fix: remove the import statement',
        description: "F401 'os' imported but unused",
        fix_description: 'remove the import statement',
        strategy: 'rule_first',
        confidence: 0.95,
        commit_sha: '3f9a2b7c1d0e4f5a6b7c8d9e0f1a2b3c4d5e6f70',
      },
      {
        file: 'src/cart/total.py',
        bug_type: 'LOGIC',
        line_number: 42,
        commit_message: '[AI-AGENT] Fix LOGIC in src/cart/total.py line 42',
        status: 'applied',
        fix_description: 'change the comparison operator from > to >=',
        commit_sha: 'a1b2c3d',
      },
    ],
    ci_log: [
      { iteration: 1, status: 'failed', timestamp: '2025-01-31T14:03:02.000Z', regression: false },
      { iteration: 2, status: 'passed', timestamp: '2025-01-31T14:05:09.500Z', regression: false },
    ],
    started_at: '2025-01-31T14:03:00.000Z',
    finished_at: '2025-01-31T14:05:05.400Z',
    total_commits: 2,
    total_iterations: 2,
    retry_limit: 5,
    quarantine_reason: null,
    failure_reason: null,
    unresolved: [
      {
        file: 'src/legacy/report.py',
        line: 7,
        bug_type: null,
        message: 'RuntimeError: database unavailable',
        check: 'root:pytest',
        reason: 'no fixer for this failure',
      },
    ],
    checks: [
      { id: 'root:pytest', command: 'pytest -q', cwd: '.' },
      { id: 'root:flake8', command: 'flake8 src', cwd: '.' },
    ],
    sandbox: 'bwrap',
  };
}

/** `count` distinct applied fixes, for tests that need many rows. */
export function manyFixes(count: number): ResultsFix[] {
  return Array.from({ length: count }, (_, i) => ({
    file: `src/module_${i}/handlers/really_long_directory_name/file_${i}.py`,
    bug_type: 'LINTING' as const,
    line_number: i + 1,
    commit_message: `[AI-AGENT] Fix LINTING in src/module_${i}/file_${i}.py line ${i + 1}`,
    status: 'applied' as const,
    fix_description: `remove the unused import of helper_${i} that the module never references anywhere in its body`,
  }));
}
