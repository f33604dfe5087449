import { afterEach, describe, expect, it } from 'vitest';
import { kbLookupFixer } from '../../../../src/heal/fix/kb/kb-fixer.ts';
import type { ConfirmedFix } from '../../../../src/heal/fix/kb/learn-pattern.ts';
import type { Failure, FixResult, Patch } from '../../../../src/heal/types.ts';
import { tempWorkspace, type TempWorkspace } from '../tool-runs.ts';
import { memoryKnowledgeBase } from './memory-kb.ts';

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

async function workspace(files: Record<string, string>): Promise<TempWorkspace> {
  const created = await tempWorkspace(files);
  workspaces.push(created);
  return created;
}

const CLI_BEFORE = 'import os\nimport sys\n\nprint(sys.argv)\n';
const CLI_AFTER = 'import sys\n\nprint(sys.argv)\n';

function unusedImport(file: string, name: string, line = 1): Failure {
  return { file, line, bugType: 'LINTING', message: `'${name}' imported but unused`, code: 'F401', tool: 'flake8', check: 'ci:flake8' };
}

function fixOf(failure: Failure, file: string, before: string, after: string, overrides: Partial<ConfirmedFix> = {}): ConfirmedFix {
  return {
    fixId: crypto.randomUUID(),
    failure,
    bugType: failure.bugType!,
    description: `remove the unused import '${failure.message.split("'")[1]}'`,
    strategy: 'rule_first',
    confidence: 0.9,
    edits: [{ file, before, after }],
    ...overrides,
  };
}

function patchOf(result: FixResult): Patch {
  if (result.kind !== 'patch') throw new Error(`declined: ${result.reason}`);
  return result.patch;
}

describe('kbLookupFixer', () => {
  it('is the kb_lookup strategy for every bug type and language', () => {
    const fixer = kbLookupFixer(memoryKnowledgeBase());

    expect(fixer).toMatchObject({ name: 'kb-lookup', strategy: 'kb_lookup', languages: ['python', 'javascript', 'typescript'] });
    expect(fixer.bugTypes).toEqual(['LINTING', 'SYNTAX', 'LOGIC', 'TYPE_ERROR', 'IMPORT', 'INDENTATION']);
  });

  it('declines when no fix is known for the failure', async () => {
    const ws = await workspace({ 'app/cli.py': CLI_BEFORE });

    const result = await kbLookupFixer(memoryKnowledgeBase()).fix(unusedImport('app/cli.py', 'os'), ws.reader);

    expect(result).toEqual({ kind: 'decline', reason: expect.stringMatching(/^no CI-confirmed fix is known for this failure \(signature [0-9a-f]{12}\)$/) });
  });

  it('replays a fix of the same failure under other names, counting the use', async () => {
    const kb = memoryKnowledgeBase();
    const pattern = kb.learn(fixOf(unusedImport('app/cli.py', 'os'), 'app/cli.py', CLI_BEFORE, CLI_AFTER), CLI_BEFORE);
    const text = 'import re\nimport json\n\nprint(json.dumps({}))\n';
    const ws = await workspace({ 'tool/main.py': text });

    const patch = patchOf(await kbLookupFixer(kb).fix(unusedImport('tool/main.py', 're'), ws.reader));

    expect(patch.edits).toEqual([{ file: 'tool/main.py', before: text, after: 'import json\n\nprint(json.dumps({}))\n' }]);
    expect(patch.description).toBe("remove the unused import 're'");
    expect(patch.confidence).toBeCloseTo(0.9 * 0.85);
    expect(patch.reason).toContain(`pattern ${pattern.patternId} (learnt in run ${pattern.sourceRunId} by py-unused-import`);
    expect(patch.reason).toContain('with os -> re, sys -> json');
    expect(patch.line).toBeUndefined();
    expect(kb.used).toEqual([pattern.patternId]);
  });

  it('tries the next pattern when the first does not fit, and declines naming each when none does', async () => {
    const kb = memoryKnowledgeBase();
    const spaced = 'import os\n\nimport sys\n\nprint(sys.argv)\n';
    kb.learn(fixOf(unusedImport('a.py', 'os'), 'a.py', spaced, spaced.replace('import os\n', '')), spaced);
    const good = kb.learn(fixOf(unusedImport('b.py', 'os'), 'b.py', CLI_BEFORE, CLI_AFTER), CLI_BEFORE);
    const ws = await workspace({ 'c.py': CLI_BEFORE });

    const replayed = patchOf(await kbLookupFixer(kb).fix(unusedImport('c.py', 'os'), ws.reader));
    // The tool names another import than the one at the line: neither pattern may remove it.
    const declined = await kbLookupFixer(kb).fix(unusedImport('c.py', 're'), ws.reader);

    expect(replayed.edits[0].after).toBe(CLI_AFTER);
    expect(replayed.reason).toContain(good.patternId);
    expect(declined).toEqual({
      kind: 'decline',
      reason: `2 known fix(es) for this failure, none fits here (${kb.patterns[0].patternId.slice(0, 8)}: the code at line 1 is not the code it fixed; ${good.patternId.slice(0, 8)}: the code at line 1 is not the code it fixed)`,
    });
    expect(kb.used).toEqual([good.patternId]);
  });

  it('finds a fix made outside the failing file in the file the test names, never in a test file', async () => {
    const kb = memoryKnowledgeBase();
    const source = 'def mean(xs):\n    total = 0\n    for x in xs:\n        total += x\n    return total / (len(xs) - 1)\n';
    const test = 'from stats import mean\n\n\ndef test_mean():\n    assert mean([2, 4, 6]) == 4\n';
    const failure: Failure = { file: 'test_stats.py', line: 5, bugType: 'LOGIC', message: 'assert 6.0 == 4', tool: 'pytest', check: 'ci:pytest', test: 'test_stats.py::test_mean' };
    kb.learn(fixOf(failure, 'stats.py', source, source.replace('(len(xs) - 1)', 'len(xs)'), { description: 'divide by len(xs)' }), test);
    const buggy = 'def average(values):\n    acc = 0\n    for v in values:\n        acc += v\n    return acc / (len(values) - 1)\n';
    const ws = await workspace({
      'tests/helpers.py': buggy,
      'util/metrics.py': buggy,
      'test_metrics.py': 'from tests import helpers\nfrom util.metrics import average\n\n\ndef test_average():\n    assert average([1, 2, 3]) == 2\n',
    });
    const current: Failure = { ...failure, file: 'test_metrics.py', line: 6, message: 'assert 3.0 == 2', test: 'test_metrics.py::test_average' };

    const patch = patchOf(await kbLookupFixer(kb).fix(current, ws.reader));

    expect(patch.edits).toEqual([{ file: 'util/metrics.py', before: buggy, after: buggy.replace('(len(values) - 1)', 'len(values)') }]);
    expect(patch.description).toBe('divide by len(values)');
    expect(patch.line).toBe(5);
    expect(patch.confidence).toBeCloseTo(0.9 * 0.85 * 0.9);
  });

  it('does not replay a pattern learnt for another bug type', async () => {
    const kb = memoryKnowledgeBase();
    kb.learn(fixOf(unusedImport('a.py', 'os'), 'a.py', CLI_BEFORE, CLI_AFTER), CLI_BEFORE, { bugType: 'IMPORT' });
    const ws = await workspace({ 'a.py': CLI_BEFORE });

    const result = await kbLookupFixer(kb).fix(unusedImport('a.py', 'os'), ws.reader);

    expect(result).toMatchObject({ kind: 'decline', reason: expect.stringContaining('learnt for IMPORT, not LINTING') });
    expect(kb.used).toEqual([]);
  });
});
