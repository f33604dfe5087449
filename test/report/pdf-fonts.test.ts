import { describe, expect, it } from 'vitest';
import { drawableText, findPdfFonts, STANDARD_FONTS } from '../../src/report/pdf-fonts.ts';

const candidates = [
  { regular: '/a/Sans.ttf', bold: '/a/Sans-Bold.ttf' },
  { regular: '/b/Sans.ttf', bold: '/b/Sans-Bold.ttf' },
];

describe('findPdfFonts', () => {
  it('takes the first installed Unicode font', () => {
    const installed = new Set(['/b/Sans.ttf', '/b/Sans-Bold.ttf']);

    const fonts = findPdfFonts(candidates, (path) => installed.has(path));

    expect(fonts).toEqual({ regular: '/b/Sans.ttf', bold: '/b/Sans-Bold.ttf', unicode: true });
  });

  it('uses the regular face for bold when the bold file is missing', () => {
    const fonts = findPdfFonts(candidates, (path) => path === '/a/Sans.ttf');

    expect(fonts).toEqual({ regular: '/a/Sans.ttf', bold: '/a/Sans.ttf', unicode: true });
  });

  it('falls back to Helvetica when none is installed', () => {
    const fonts = findPdfFonts(candidates, () => false);

    expect(fonts).toBe(STANDARD_FONTS);
  });
});

describe('drawableText', () => {
  it('keeps text unchanged for a Unicode font', () => {
    const fonts = { regular: '/a/Sans.ttf', bold: '/a/Sans.ttf', unicode: true };

    expect(drawableText('LINTING error in a.py line 1 → Fix: x ✓', fonts)).toBe('LINTING error in a.py line 1 → Fix: x ✓');
  });

  it('spells the arrow "->" and replaces what WinAnsi cannot draw for Helvetica', () => {
    const text = drawableText('LINTING error in café.py line 1 → Fix: 修正 …', STANDARD_FONTS);

    expect(text).toBe('LINTING error in café.py line 1 -> Fix: ?? ...');
  });
});
