import { describe, expect, it } from 'vitest';
import { codeShape, failureSignature, type SignatureInput } from '../../../../src/heal/fix/kb/signature.ts';

const UNUSED_OS = 'import os\nimport sys\n\nprint(sys.argv)\n';
const UNUSED_RE = 'import re\nimport json\n\nprint(json.dumps({}))\n';

function flake8(text: string, name: string, overrides: Partial<SignatureInput> = {}): SignatureInput {
  return { tool: 'flake8', code: 'F401', message: `'${name}' imported but unused`, language: 'python', text, line: 1, ...overrides };
}

describe('codeShape', () => {
  it('shows the failure line and the nearest code line on each side, names as ID and literals as LIT', () => {
    const text = 'def mean(xs):\n\n    # the bug\n    return sum(xs) / (len(xs) - 1)\n\n\nLIMIT = "x"\n';

    const shape = codeShape(text, 4, 'python');

    expect(shape).toBe('def ID ( ID ) : \u23ce return sum ( ID ) / ( len ( ID ) - LIT ) \u23ce ID = LIT');
  });

  it('is empty for a line outside the file', () => {
    expect(codeShape('x = 1\n', 9, 'python')).toBe('');
  });
});

describe('failureSignature', () => {
  it('is the same for the same bug in two files with different names', () => {
    const a = failureSignature(flake8(UNUSED_OS, 'os'));
    const b = failureSignature(flake8(UNUSED_RE, 're'));

    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toBe(a);
  });

  it('is the same for one failed assertion with other values and names', () => {
    const a = failureSignature({ tool: 'pytest', message: 'assert 3 == 4', language: 'python', text: 'def test_mean():\n    assert mean([2, 4]) == 3\n', line: 2 });
    const b = failureSignature({ tool: 'pytest', message: 'assert 7 == 8', language: 'python', text: 'def test_avg():\n    assert avg([5, 9]) == 7\n', line: 2 });

    expect(b).toBe(a);
  });

  it('differs for another code, another message, another tool or another shape of code', () => {
    const base = failureSignature(flake8(UNUSED_OS, 'os'));

    const others = [
      failureSignature(flake8(UNUSED_OS, 'os', { code: 'F811' })),
      failureSignature(flake8(UNUSED_OS, 'os', { message: "redefinition of unused 'os' from line 1" })),
      failureSignature(flake8(UNUSED_OS, 'os', { tool: 'eslint' })),
      failureSignature(flake8('import os, sys\nimport sys\n\nprint(sys.argv)\n', 'os')),
      failureSignature(flake8('import os\nfrom sys import argv\n\nprint(argv)\n', 'os')),
    ];

    expect(new Set([base, ...others]).size).toBe(6);
  });
});
