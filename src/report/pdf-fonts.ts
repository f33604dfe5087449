// Fonts for the PDF. pdfkit's built-in Helvetica has no "→" (nor most non-Latin text from tool
// messages), so a Unicode TrueType font is used when the machine has one; otherwise the PDF falls
// back to Helvetica and spells the arrow "->".
import { existsSync } from 'node:fs';

export interface PdfFonts {
  /** A path to a TrueType file, or a pdfkit standard font name. */
  regular: string;
  bold: string;
  /** False for the standard fonts: text is then reduced to what WinAnsi can draw. */
  unicode: boolean;
}

interface FontCandidate {
  regular: string;
  bold: string;
}

/** Where common systems keep DejaVu Sans (Debian's fonts-dejavu-core, Fedora, Arch, Alpine). */
export const UNICODE_FONT_CANDIDATES: readonly FontCandidate[] = [
  {
    regular: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
    bold: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  },
  { regular: '/usr/share/fonts/dejavu/DejaVuSans.ttf', bold: '/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf' },
  { regular: '/usr/share/fonts/TTF/DejaVuSans.ttf', bold: '/usr/share/fonts/TTF/DejaVuSans-Bold.ttf' },
  {
    regular: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
    bold: '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans-Bold.ttf',
  },
];

export const STANDARD_FONTS: PdfFonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', unicode: false };

/** The first installed Unicode font of `candidates` (bold falls back to regular), else Helvetica. */
export function findPdfFonts(
  candidates: readonly FontCandidate[] = UNICODE_FONT_CANDIDATES,
  exists: (path: string) => boolean = existsSync,
): PdfFonts {
  for (const candidate of candidates) {
    if (!exists(candidate.regular)) continue;
    const bold = exists(candidate.bold) ? candidate.bold : candidate.regular;
    return { regular: candidate.regular, bold, unicode: true };
  }
  return STANDARD_FONTS;
}

/** Text as the chosen fonts can draw it: unchanged for Unicode fonts, WinAnsi-safe otherwise. */
export function drawableText(text: string, fonts: PdfFonts): string {
  if (fonts.unicode) return text;
  return text
    .replace(/→/g, '->')
    .replace(/✓/g, 'ok')
    .replace(/✗/g, 'x')
    .replace(/…/g, '...')
    .replace(/⚠/g, '!')
    .replace(/[^\t\n\r\x20-\x7e\xa0-\xff]/g, '?');
}
