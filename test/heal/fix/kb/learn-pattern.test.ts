import { describe, expect, it } from 'vitest';
import { learnPattern, type ConfirmedFix } from '../../../../src/heal/fix/kb/learn-pattern.ts';
import { failureSignature } from '../../../../src/heal/fix/kb/signature.ts';
import type { Failure } from '../../../../src/heal/types.ts';

const BEFORE = 'import os\nimport sys\n\nprint(sys.argv)\n';
const AFTER = 'import sys\n\nprint(sys.argv)\n';
const FAILURE: Failure = { file: 'app/cli.py', line: 1, bugType: 'LINTING', message: "'os' imported but unused", code: 'F401', tool: 'flake8', check: 'ci:flake8' };

function confirmed(overrides: Partial<ConfirmedFix> = {}): ConfirmedFix {
  return {
    fixId: '00000000-0000-4000-8000-000000000001',
    failure: FAILURE,
    bugType: 'LINTING',
    description: 'remove the import statement',
    strategy: 'rule_first',
    confidence: 0.95,
    edits: [{ file: 'app/cli.py', before: BEFORE, after: AFTER }],
    ...overrides,
  };
}

describe('learnPattern', () => {
  it('keeps the window of a fix in the failing file, keyed by the signature of the failure as it was', () => {
    const learnt = learnPattern(confirmed(), BEFORE);

    expect(learnt).toMatchObject({
      signature: failureSignature({ ...FAILURE, language: 'python', text: BEFORE }),
      language: 'python',
      confidence: 0.95,
      document: {
        version: 1,
        failure: { tool: 'flake8', code: 'F401', message: "'<name>' imported but unused", names: ['os'], bugType: 'LINTING', file: 'app/cli.py', line: 1 },
        edit: { file: 'app/cli.py', language: 'python', sameFile: true, offset: 0, window: { before: ['import os', 'import sys'], after: ['import sys'], above: 0, below: 1 } },
        description: 'remove the import statement',
      },
    });
    expect(learnt).toHaveProperty('contentHash', expect.stringMatching(/^[0-9a-f]{64}$/));
  });

  it('keeps more context for a fix outside the failing file, which must be found by its code', () => {
    const source = 'def mean(xs):\n    total = sum(xs)\n    n = len(xs)\n    return total / (n - 1)\n';
    const failure: Failure = { ...FAILURE, file: 'tests/test_stats.py', line: 4, bugType: 'LOGIC', message: 'assert 3 == 4', code: undefined, tool: 'pytest' };
    const fix = confirmed({ failure, bugType: 'LOGIC', edits: [{ file: 'stats.py', before: source, after: source.replace('(n - 1)', 'n') }] });

    const learnt = learnPattern(fix, 'from stats import mean\n\n\ndef test_mean():\n    assert mean([2, 4, 6]) == 4\n');

    expect(learnt).toMatchObject({ document: { edit: { sameFile: false, offset: null, window: { above: 3, below: 1 } } } });
  });

  it('redacts secrets outside the code, and skips a change that touches one', () => {
    const secretLine = 'TOKEN = "ghp_abcdefghijklmnopqrstuvwxyz0123"\nimport os\n';
    const withSecretMessage = learnPattern(confirmed({ failure: { ...FAILURE, message: "'os' imported but unused; password=hunter22" } }), BEFORE);
    const touching = learnPattern(confirmed({ edits: [{ file: 'app/cli.py', before: secretLine, after: secretLine.replace('import os\n', '') }] }), secretLine);

    expect(JSON.stringify(withSecretMessage)).not.toContain('hunter22');
    expect(touching).toEqual({ skip: 'the change touches a secret' });
  });

  it.each<[string, Partial<ConfirmedFix>, string | null, string]>([
    ['a replay', { strategy: 'kb_lookup' }, BEFORE, 'replayed from the knowledge base, which has it already'],
    ['no edits kept', { edits: undefined }, BEFORE, 'the patch edits were not kept'],
    ['several files', { edits: [{ file: 'a.py', before: 'a', after: 'b' }, { file: 'b.py', before: 'a', after: 'b' }] }, BEFORE, 'a patch of several files is not a local pattern'],
    ['an unreadable failure file', {}, null, 'app/cli.py could not be read'],
    ['no change', { edits: [{ file: 'app/cli.py', before: BEFORE, after: BEFORE }] }, BEFORE, 'the change is empty or larger than a local pattern'],
  ])('skips %s', (_case, overrides, text, reason) => {
    expect(learnPattern(confirmed(overrides), text)).toEqual({ skip: reason });
  });
});
