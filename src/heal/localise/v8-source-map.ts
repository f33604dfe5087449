// Compiled JavaScript (tsc's outDir) runs in the tests, but the bug is in the TypeScript: a line of
// the .js is moved to its source line through the file's source map, when it has one.
import { SourceMap, type SourceMapPayload } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the source map of a compiled file is, repository-relative; null when it names none on disk. */
export function sourceMapPath(jsFile: string, jsSource: string): string | null {
  const m = /\/\/[#@] sourceMappingURL=(\S+)\s*$/.exec(jsSource.trimEnd());
  if (!m || /^(data|https?):/.test(m[1])) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(jsFile), decodeURIComponent(m[1])));
}

/** The repository-relative source line of each compiled line that has a mapping; others are dropped. */
export function mapToSource(root: string, mapFile: string, mapText: string, jsSource: string, lines: number[]): Array<{ file: string; line: number }> {
  let map: SourceMap;
  let payload: SourceMapPayload;
  try {
    payload = JSON.parse(mapText) as SourceMapPayload;
    map = new SourceMap(payload);
  } catch {
    return [];
  }
  const base = path.posix.join(path.posix.dirname(mapFile), payload.sourceRoot ?? '');
  const jsLines = jsSource.split('\n');
  const out: Array<{ file: string; line: number }> = [];
  for (const line of lines) {
    const column = Math.max(0, (jsLines[line - 1] ?? '').search(/\S/));
    const entry = map.findEntry(line - 1, column) as Partial<{ generatedLine: number; originalSource: string; originalLine: number }>;
    // findEntry answers with the closest mapping before; only one on this very line counts.
    if (entry.generatedLine !== line - 1 || !entry.originalSource || entry.originalLine === undefined) continue;
    const file = sourceFile(root, base, entry.originalSource);
    if (file) out.push({ file, line: entry.originalLine + 1 });
  }
  return out;
}

// A map's source: relative to the map (and its sourceRoot), or an absolute path or file URL.
function sourceFile(root: string, base: string, source: string): string | null {
  const absolute = source.startsWith('file://') ? fileURLToPath(source) : path.isAbsolute(source) ? source : null;
  const file = absolute ? path.relative(root, absolute).split(path.sep).join('/') : path.posix.normalize(path.posix.join(base, source));
  return file.startsWith('../') || path.isAbsolute(file) ? null : file;
}
