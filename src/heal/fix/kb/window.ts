// What a fix changed, cut down to the lines it touched and a little context: the part of a file
// edit worth remembering and small enough to look for in another file.

/** A contiguous change with `above` and `below` lines of unchanged context on each side. */
export interface EditWindow {
  /** The window's lines before the fix: context above, the changed lines, context below. */
  before: string[];
  /** The same window after the fix (same context, the new lines in the middle). */
  after: string[];
  above: number;
  below: number;
  /** 1-based line of the window's first line in the file before the fix. */
  start: number;
}

/** Most changed lines a remembered fix may have: a larger change is not a local pattern. */
export const MAX_CHANGED_LINES = 30;

/** The window around the one change between two texts of a file, or null when none or too large. */
export function captureWindow(before: string, after: string, context: number): EditWindow | null {
  const old = before.split('\n');
  const neu = after.split('\n');
  let prefix = 0;
  while (prefix < old.length && prefix < neu.length && old[prefix] === neu[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < old.length - prefix && suffix < neu.length - prefix && old[old.length - 1 - suffix] === neu[neu.length - 1 - suffix]) suffix += 1;
  const removed = old.length - prefix - suffix;
  const added = neu.length - prefix - suffix;
  if (removed + added === 0 || Math.max(removed, added) > MAX_CHANGED_LINES) return null;
  const above = Math.min(context, prefix);
  const below = Math.min(context, suffix);
  const window: EditWindow = {
    before: old.slice(prefix - above, old.length - suffix + below),
    after: neu.slice(prefix - above, neu.length - suffix + below),
    above,
    below,
    start: prefix - above + 1,
  };
  // Only blank lines to look for: it would fit anywhere.
  return window.before.some((line) => line.trim() !== '') ? window : null;
}

/** The changed lines of a window, before and after. */
export function changedLines(window: EditWindow): { removed: string[]; added: string[] } {
  return {
    removed: window.before.slice(window.above, window.before.length - window.below),
    added: window.after.slice(window.above, window.after.length - window.below),
  };
}
