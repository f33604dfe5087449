// A line diff of a fix's code before and after (original_code vs fixed_code), in the browser and in the
// tests alike: pure functions, no DOM. A longest-common-subsequence over the lines that differ, after
// the common head and tail are set aside; past a size limit the middle is shown as replaced whole.

/** Past this many cells (lines before x lines after) the LCS table is not built. */
export const MAX_LCS_CELLS = 4_000_000;

/** The lines of a text: '\r\n' counts as '\n', and a final line break opens no extra empty line. */
export function splitLines(text) {
  if (!text) return [];
  const lines = String(text).replace(/\r\n?/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Every line of both texts in order, each `same`, `del` (only before) or `add` (only after), with its
 * 1-based number on the side(s) it is on: {type, text, oldLine?, newLine?}.
 */
export function diffLines(before, after) {
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const ops = [];
  for (let i = 0; i < head; i += 1) ops.push({ type: 'same', text: a[i] });
  ops.push(...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)));
  for (let i = a.length - tail; i < a.length; i += 1) ops.push({ type: 'same', text: a[i] });
  return numbered(ops);
}

// The changed middle: LCS when small enough, else everything removed then everything added.
function middle(a, b) {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_LCS_CELLS) return [...a.map((text) => ({ type: 'del', text })), ...b.map((text) => ({ type: 'add', text }))];
  // lcs[i * (m + 1) + j]: length of the LCS of a[i..] and b[j..].
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * (m + 1) + j] = a[i] === b[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      ops.push({ type: 'same', text: a[i] });
      i += 1;
      j += 1;
    } else if (j >= m || (i < n && lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])) {
      ops.push({ type: 'del', text: a[i] });
      i += 1;
    } else {
      ops.push({ type: 'add', text: b[j] });
      j += 1;
    }
  }
  return ops;
}

function numbered(ops) {
  let oldLine = 0;
  let newLine = 0;
  return ops.map((op) => {
    if (op.type !== 'add') oldLine += 1;
    if (op.type !== 'del') newLine += 1;
    if (op.type === 'same') return { ...op, oldLine, newLine };
    return op.type === 'del' ? { ...op, oldLine } : { ...op, newLine };
  });
}

/**
 * The unified diff's hunks: changed lines with up to `context` unchanged lines around them; changes
 * closer than 2 x context share a hunk. Each hunk: {oldStart, oldLines, newStart, newLines, lines}.
 */
export function unifiedDiff(before, after, context = 3) {
  const ops = diffLines(before, after);
  const changed = ops.map((op) => op.type !== 'same');
  const hunks = [];
  let k = changed.indexOf(true);
  while (k !== -1) {
    const start = Math.max(0, k - context);
    let end = k;
    for (let j = k + 1; j < ops.length && j - end <= 2 * context + 1; j += 1) if (changed[j]) end = j;
    const stop = Math.min(ops.length, end + 1 + context);
    hunks.push(hunkOf(ops, start, stop));
    k = changed.indexOf(true, stop);
  }
  return hunks;
}

// Numbers as `diff -u` writes them: a side with no lines starts at the line before the hunk.
function hunkOf(ops, start, stop) {
  const lines = ops.slice(start, stop);
  const oldBefore = ops.slice(0, start).filter((op) => op.type !== 'add').length;
  const newBefore = ops.slice(0, start).filter((op) => op.type !== 'del').length;
  const oldLines = lines.filter((op) => op.type !== 'add').length;
  const newLines = lines.filter((op) => op.type !== 'del').length;
  return {
    oldStart: oldLines === 0 ? oldBefore : oldBefore + 1,
    oldLines,
    newStart: newLines === 0 ? newBefore : newBefore + 1,
    newLines,
    lines,
  };
}

/** The hunks as text: `@@ -a,b +c,d @@`, then each line after ' ', '-' or '+'. */
export function formatHunks(hunks) {
  const sign = { same: ' ', del: '-', add: '+' };
  return hunks.flatMap((hunk) => [
    `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
    ...hunk.lines.map((line) => `${sign[line.type]}${line.text}`),
  ]);
}
