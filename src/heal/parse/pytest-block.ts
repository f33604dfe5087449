// One pytest failure block -> the error it shows: frames from `path:line: ...` location lines,
// the exception from the `E   ...` lines (or a --tb=native traceback), and a SyntaxError's own
// `E     File "x", line N` location.
import type { RawFrame } from './frames.ts';
import type { PyError } from './py-failure.ts';
import { looksLikeException, readPyTracebacks } from './py-traceback.ts';

const LOCATION = /^(\S.*?\.py):(\d+):(?: (.*))?$/;
const NESTED_FILE = /^\s*File "(.+)", line (\d+)\s*$/;
const EXC_LINE = /^\s*([A-Za-z_][\w.]*): (.*)$/;
const BARE_EXC = /^\s*([A-Za-z_][\w.]*)\s*$/;
// pytest.fail(), pytest.raises' "DID NOT RAISE": failed tests that are not AssertionErrors.
const PYTEST_OUTCOMES = new Set(['Failed']);

/** The error a block shows; null when the block holds none (e.g. only captured output). */
export function readPytestBlock(lines: readonly string[]): Omit<PyError, 'test'> | null {
  const frames: RawFrame[] = [];
  const eLines: string[] = [];
  let lastTail = '';
  let syntaxAt: RawFrame | undefined;
  for (const line of lines) {
    const loc = LOCATION.exec(line);
    if (loc) {
      frames.push({ path: loc[1], line: Number(loc[2]) });
      lastTail = (loc[3] ?? '').trim();
    } else if (/^E( |$)/.test(line)) {
      const content = line.slice(1);
      const nested = NESTED_FILE.exec(content);
      if (nested) syntaxAt = { path: nested[1], line: Number(nested[2]) };
      else eLines.push(content);
    }
  }
  const exc = findException(eLines, lastTail);
  if (!exc) {
    // --tb=native prints CPython's own traceback instead of pytest's.
    const native = readPyTracebacks(lines);
    return native.length > 0 ? native[native.length - 1] : null;
  }
  const forcedAssertion = PYTEST_OUTCOMES.has(exc.exception);
  return { frames, syntaxAt, ...exc, forcedAssertion };
}

function findException(eLines: readonly string[], lastTail: string): { exception: string; message: string } | null {
  for (let i = eLines.length - 1; i >= 0; i--) {
    const m = EXC_LINE.exec(eLines[i]);
    if (m && (looksLikeException(m[1]) || PYTEST_OUTCOMES.has(m[1]))) return { exception: m[1], message: m[2].trim() };
    const bare = BARE_EXC.exec(eLines[i]);
    if (bare && looksLikeException(bare[1])) return { exception: bare[1], message: '' };
  }
  const first = eLines.find((l) => l.trim() !== '')?.trim() ?? '';
  // Long format names the class after the last location (`tests/x.py:5: AssertionError`).
  if (looksLikeException(lastTail)) return { exception: lastTail, message: first };
  if (first.startsWith('assert')) return { exception: 'AssertionError', message: first };
  return null;
}
