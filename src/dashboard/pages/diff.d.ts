// Types of diff.js, for the TypeScript tests that import it (the browser loads the .js as it is).

export type DiffLineType = 'same' | 'del' | 'add';

export interface DiffLine {
  type: DiffLineType;
  text: string;
  /** 1-based, on the before side (same and del lines). */
  oldLine?: number;
  /** 1-based, on the after side (same and add lines). */
  newLine?: number;
}

export interface Hunk {
  oldStart: number;
  oldLines: number;
  newStart: number;
  newLines: number;
  lines: DiffLine[];
}

export const MAX_LCS_CELLS: number;
export function splitLines(text: string | null | undefined): string[];
export function diffLines(before: string | null | undefined, after: string | null | undefined): DiffLine[];
export function unifiedDiff(before: string | null | undefined, after: string | null | undefined, context?: number): Hunk[];
export function formatHunks(hunks: Hunk[]): string[];
