// A step's payload as a few words a search (and a model) can read: files, lines, failures, commands,
// shas. Output tails, prompts, answers and code are left out: they are long, and they are the
// repository's words, not the agent's.

export interface PayloadSummary {
  text: string;
  files: string[];
  lines: number[];
  /** Each parsed failure it carries, as "file line N TYPE code: message". */
  failures: string[];
}

const BLOB_KEYS = new Set(['outputTail', 'output', 'stdout', 'stderr', 'messages', 'answer', 'edits', 'diff', 'patch', 'original_code', 'fixed_code', 'before', 'after', 'weights', 'usage', 'notes']);
const QUIET_KEYS = new Set(['cwd', 'durationMs', 'timedOut', 'column', 'language', 'source', 'id']);
const FILE_KEYS = new Set(['file', 'files', 'path', 'paths', 'file_path']);
const LINE_KEYS = new Set(['line', 'lines', 'line_number', 'lineEnd', 'line_end']);
const MAX_TEXT = 700;
const MAX_STRING = 160;
const MAX_ITEMS = 8;
const MAX_DEPTH = 4;

/** The short text of a payload, with the files and lines it names. */
export function summarisePayload(payload: unknown): PayloadSummary {
  const found: Found = { files: new Set(), lines: new Set(), failures: [] };
  const text = render(payload, '', 0, found);
  return { text: text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text, files: [...found.files], lines: [...found.lines], failures: found.failures };
}

interface Found {
  files: Set<string>;
  lines: Set<number>;
  failures: string[];
}

// One value as text; keys are kept so "check: .:flake8" reads as what it is.
function render(value: unknown, key: string, depth: number, found: Found): string {
  if (value === null || value === undefined || value === false || value === '') return '';
  if (typeof value === 'string') {
    if (FILE_KEYS.has(key)) found.files.add(value.replace(/\\/g, '/'));
    return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING - 1)}…` : value.replace(/\s+/g, ' ');
  }
  if (typeof value === 'number') {
    if (LINE_KEYS.has(key) && Number.isInteger(value) && value > 0) found.lines.add(value);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  if (depth >= MAX_DEPTH) return '';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => render(item, key, depth + 1, found)).filter(Boolean);
    const more = value.length > MAX_ITEMS ? [`…and ${value.length - MAX_ITEMS} more`] : [];
    return [...items, ...more].join('; ');
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.file === 'string' && typeof record.message === 'string') return failureText(record, found);
    return Object.entries(record)
      .filter(([name]) => !BLOB_KEYS.has(name) && !QUIET_KEYS.has(name))
      .map(([name, inner]) => {
        const text = render(inner, name, depth + 1, found);
        return text ? `${name}: ${text}` : '';
      })
      .filter(Boolean)
      .join(', ');
  }
  return '';
}

// A parsed failure ({file, line, bugType, code, message, test}) in the words of a fix line.
function failureText(failure: Record<string, unknown>, found: Found): string {
  const file = String(failure.file).replace(/\\/g, '/');
  found.files.add(file);
  const line = typeof failure.line === 'number' ? failure.line : null;
  if (line !== null && line > 0) found.lines.add(line);
  const kind = [failure.bugType, failure.code].filter((part) => typeof part === 'string' && part).join(' ');
  const test = typeof failure.test === 'string' ? ` (test ${failure.test})` : '';
  const message = String(failure.message).replace(/\s+/g, ' ').slice(0, MAX_STRING);
  const text = `${file}${line !== null ? ` line ${line}` : ''}${kind ? ` ${kind}` : ''}: ${message}${test}`;
  found.failures.push(text);
  return text;
}
