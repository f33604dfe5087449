// The files a question names, matched against the files the run knows: "utils.py" or
// "./src\utils.py" name src/utils.py, and a path the run never saw stays an unknown mention.

export interface FileMentions {
  /** Files of the run the question names, as the run spells them. */
  files: string[];
  /** Paths the question names that match no file of the run. */
  unknownFiles: string[];
  /** Line numbers written onto a path: "utils.py:15", "utils.py#L15". */
  lines: number[];
}

// A path-like token: a name with an extension, optionally under folders ("e.g" and "l.15" are not).
const PATH = /^(?:[\w@.-]*[\\/])*[\w@-][\w@.-]*\.[A-Za-z][A-Za-z0-9]{0,7}$/;
const LINE_SUFFIX = /(?::(\d+)(?::\d+)?|#L(\d+)(?:-L?\d+)?)$/;
// Stems too common in questions to name a file by themselves ("which test failed?").
const COMMON_STEMS = new Set(['test', 'tests', 'index', 'main', 'setup', 'config', 'file', 'line', 'error', 'check', 'type', 'types', 'import', 'score', 'step', 'run', 'init', '__init__']);

/** The files (known and unknown) and the path-attached lines that a question mentions. */
export function findFileMentions(text: string, knownFiles: readonly string[]): FileMentions {
  const files = new Set<string>();
  const unknown = new Set<string>();
  const lines: number[] = [];
  const words: string[] = [];
  for (const raw of text.split(/[\s"'`()[\]{}<>,;!?]+/)) {
    let token = raw.replace(/[.:]+$/, '');
    const suffix = LINE_SUFFIX.exec(token);
    if (suffix) {
      lines.push(Number(suffix[1] ?? suffix[2]));
      token = token.slice(0, suffix.index);
    }
    if (!PATH.test(token) || (!token.includes('/') && !token.includes('\\') && /\.[A-Za-z]$/.test(token))) {
      words.push(...raw.toLowerCase().split(/[^\w-]+/));
      continue;
    }
    const matches = resolveFile(token, knownFiles);
    if (matches.length === 0) unknown.add(normalisePath(token));
    for (const file of matches) files.add(file);
  }
  for (const file of filesByStem(new Set(words), knownFiles)) files.add(file);
  return { files: [...files], unknownFiles: [...unknown], lines };
}

/** The known files a written path names: the same path, a path ending in it, or the path it ends in. */
export function resolveFile(mention: string, knownFiles: readonly string[]): string[] {
  const wanted = normalisePath(mention).toLowerCase();
  const exact = knownFiles.filter((file) => normalisePath(file).toLowerCase() === wanted);
  if (exact.length > 0) return exact;
  return knownFiles.filter((file) => {
    const known = normalisePath(file).toLowerCase();
    return known.endsWith(`/${wanted}`) || wanted.endsWith(`/${known}`);
  });
}

/** A path as the run writes it: forward slashes, no leading "./" or "/". */
export function normalisePath(file: string): string {
  return file.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+/, '');
}

// "the rules module": a known file's name without extension, as a word outside any written path.
function filesByStem(words: Set<string>, knownFiles: readonly string[]): string[] {
  return knownFiles.filter((file) => {
    const stem = (normalisePath(file).split('/').pop() ?? '').replace(/\.[^.]+$/, '').toLowerCase();
    return stem.length >= 4 && !COMMON_STEMS.has(stem) && words.has(stem);
  });
}
