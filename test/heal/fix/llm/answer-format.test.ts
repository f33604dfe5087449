import { describe, expect, it } from 'vitest';
import { applyBlock, normalisePatch, parseAnswer, patchSize } from '../../../../src/heal/fix/llm/answer-format.ts';
import type { WorkspaceReader } from '../../../../src/heal/types.ts';

const PRICING = [
  'def subtotal(prices):',
  '    return sum(prices)',
  '',
  '',
  'def total(prices, discount):',
  '    base = subtotal(prices)',
  '    return base - discount',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'src/shop/pricing.py': PRICING,
  'src/shop/tax.py': 'RATE = 0.2\n\n\ndef tax(amount):\n    return amount * RATE\n',
  'tests/test_pricing.py': 'def test_total():\n    assert True\n',
};
const ALLOWED = ['src/shop/pricing.py', 'src/shop/tax.py'];

function reader(files: Record<string, string> = FILES): WorkspaceReader {
  return { root: '/nowhere', readText: async (file) => files[file] ?? null, listFiles: async () => Object.keys(files) };
}

function block(file: string, search: string, replace: string): string {
  return `${file}\n<<<<<<< SEARCH\n${search}\n=======\n${replace}\n>>>>>>> REPLACE\n`;
}

describe('parseAnswer', () => {
  it('applies several blocks, two in one file in order, and reads the FIX line', async () => {
    const answer = [
      'FIX: Take the discount as a fraction.',
      block('src/shop/pricing.py', '    base = subtotal(prices)', '    base = subtotal(prices)\n    rate = 1 - discount'),
      block('src/shop/pricing.py', '    return base - discount', '    return base * rate'),
      block('src/shop/tax.py', 'RATE = 0.2', 'RATE = 0.25'),
    ].join('\n');

    const parsed = await parseAnswer(answer, reader(), ALLOWED);

    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.blocks).toBe(3);
    expect(parsed.description).toBe('Take the discount as a fraction.');
    expect(parsed.edits.map((e) => e.file)).toEqual(['src/shop/pricing.py', 'src/shop/tax.py']);
    expect(parsed.edits[0].before).toBe(PRICING);
    expect(parsed.edits[0].after).toBe(PRICING.replace('    return base - discount', '    rate = 1 - discount\n    return base * rate'));
    expect(parsed.edits[1].after).toBe('RATE = 0.25\n\n\ndef tax(amount):\n    return amount * RATE\n');
  });

  it('tolerates a surrounding code fence and a path written in backticks', async () => {
    const answer = ['Here is the fix.', '`src/shop/pricing.py`', '```python', '<<<<<<< SEARCH', '    return base - discount', '=======', '    return base * (1 - discount)', '>>>>>>> REPLACE', '```'].join('\n');

    const parsed = await parseAnswer(answer, reader(), ALLOWED);

    expect(parsed.ok && parsed.edits[0].after).toBe(PRICING.replace('base - discount', 'base * (1 - discount)'));
    expect(parsed.ok && parsed.description).toBeNull();
  });

  it('says so when the SEARCH lines are not in the file', async () => {
    const parsed = await parseAnswer(block('src/shop/pricing.py', '    return base + discount', '    return base'), reader(), ALLOWED);

    expect(parsed).toEqual({ ok: false, reason: 'block 1 (src/shop/pricing.py): the SEARCH lines are not in the file' });
  });

  it('refuses SEARCH lines that stand more than once', async () => {
    const files = { ...FILES, 'src/shop/pricing.py': 'def a():\n    return 1\n\n\ndef b():\n    return 1\n' };

    const parsed = await parseAnswer(block('src/shop/pricing.py', '    return 1', '    return 2'), reader(files), ALLOWED);

    expect(parsed).toEqual({ ok: false, reason: 'block 1 (src/shop/pricing.py): the SEARCH lines stand 2 times in the file (lines 2, 6); it must be once' });
  });

  it.each(['../outside.py', '/etc/passwd', 'src/../../x.py'])('refuses a path outside the repository: %s', async (file) => {
    const parsed = await parseAnswer(block(file, 'x', 'y'), reader(), ALLOWED);

    expect(parsed).toEqual({ ok: false, reason: `block 1 (${file}) names a path outside the repository` });
  });

  it('refuses a file that was not quoted, a test file above all, and one that does not exist', async () => {
    const test = await parseAnswer(block('tests/test_pricing.py', '    assert True', '    assert 1'), reader(), ALLOWED);
    const unquoted = await parseAnswer(block('src/shop/pricing.py', '    return base - discount', '    return 0'), reader(), ['src/shop/tax.py']);
    const missing = await parseAnswer(block('src/shop/nope.py', 'x', 'y'), reader(), ALLOWED);

    expect(test.ok ? '' : test.reason).toBe('block 1 (tests/test_pricing.py) edits a file it may not: tests/test_pricing.py is a test directory; RIFT never edits it to make checks pass');
    expect(unquoted.ok ? '' : unquoted.reason).toBe('block 1 (src/shop/pricing.py) edits a file it may not: it is not one of the files quoted (src/shop/tax.py)');
    expect(missing.ok ? '' : missing.reason).toBe('block 1 (src/shop/nope.py) edits a file it may not: no such file in the repository');
  });

  it('says when the answer holds no block at all, or an unclosed one', async () => {
    const prose = await parseAnswer('The discount should be a fraction; change the return line.', reader(), ALLOWED);
    const unclosed = await parseAnswer('src/shop/pricing.py\n<<<<<<< SEARCH\n    return base - discount\n', reader(), ALLOWED);

    expect(prose).toEqual({ ok: false, reason: 'the answer holds no SEARCH/REPLACE block' });
    expect(unclosed).toEqual({ ok: false, reason: 'block 1 (src/shop/pricing.py) is not closed by ======= and >>>>>>> REPLACE' });
  });
});

describe('applyBlock', () => {
  it('keeps CRLF endings and matches despite trailing spaces and copied line numbers', () => {
    const text = 'a = 1\r\nb = 2   \r\nc = 3\r\n';

    const spaced = applyBlock(text, { search: ['b = 2'], replace: ['b = 20'] });
    const numbered = applyBlock(text, { search: ['2 | b = 2'], replace: ['2 | b = 22'] });

    expect(spaced).toBe('a = 1\r\nb = 20\r\nc = 3\r\n');
    expect(numbered).toBe('a = 1\r\nb = 22\r\nc = 3\r\n');
  });

  it('deletes lines with an empty REPLACE, and refuses an empty SEARCH', () => {
    expect(applyBlock('a\nb\nc\n', { search: ['b'], replace: [] })).toBe('a\nc\n');
    expect(applyBlock('a\n', { search: [''], replace: ['x'] })).toEqual({ reason: 'the SEARCH part is empty (RIFT does not create files)' });
  });
});

describe('normalisePatch and patchSize', () => {
  it('groups patches that differ only in spacing, and not patches that differ in code', () => {
    const before = 'def f(x):\n    return x - 1\n';
    const a = [{ file: 'f.py', before, after: 'def f(x):\n    return x + 1\n' }];
    const b = [{ file: 'f.py', before, after: 'def f(x):\n    return x+1 \n' }];
    const c = [{ file: 'f.py', before, after: 'def f(x):\n    return x * 1\n' }];

    expect(normalisePatch(a)).toBe(normalisePatch(b));
    expect(normalisePatch(a)).not.toBe(normalisePatch(c));
    expect(patchSize(a)).toBe(2);
  });
});
