// How JavaScript/TypeScript relative import paths map to the repository's files, in both
// directions: resolving a path the way tsc (bundler, node16, nodenext) and Node resolve it, and
// writing the path that reaches a file in the style the repository already uses.
import { posix } from 'node:path';

/** Source files an import can reach, most TypeScript-like first. */
export const MODULE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'] as const;

/**
 * How a repository writes relative paths: `js` names the emitted file (`./x.js` for x.ts, the
 * ESM rule of node16/nodenext), `source` names the file itself (`./x.ts`, allowImportingTsExtensions),
 * `none` leaves the extension out (bundlers, CommonJS).
 */
export type PathStyle = 'js' | 'source' | 'none';

// The emitted file's extension TypeScript maps back to its source extensions.
const SOURCES_OF_EMITTED: Record<string, readonly string[]> = {
  '.js': ['.ts', '.tsx', '.js', '.jsx'],
  '.jsx': ['.tsx', '.jsx'],
  '.mjs': ['.mts', '.mjs'],
  '.cjs': ['.cts', '.cjs'],
};
const EMITTED_OF: Record<string, string> = { '.ts': '.js', '.tsx': '.js', '.mts': '.mjs', '.cts': '.cjs' };

// True for paths starting `./` or `../`: the only ones that name a file of the repository.
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

// True for files an import can load (declaration files excluded: they hold no code to import).
export function isModuleFile(file: string): boolean {
  if (/\.d\.[mc]?ts$/.test(file)) return false;
  return (MODULE_EXTENSIONS as readonly string[]).includes(posix.extname(file).toLowerCase());
}

// The repository file a relative path reaches from `importer`, or null; `exact` resolves as Node's
// ESM loader does (the path must name the file), otherwise as tsc and bundlers do.
export function resolveSpecifier(importer: string, specifier: string, files: ReadonlySet<string>, exact = false): string | null {
  if (!isRelativeSpecifier(specifier)) return null;
  const base = posix.normalize(posix.join(posix.dirname(importer), specifier));
  if (base.startsWith('../')) return null;
  if (files.has(base)) return base;
  if (exact) return null;
  const ext = posix.extname(base);
  const stem = base.slice(0, base.length - ext.length);
  for (const source of SOURCES_OF_EMITTED[ext] ?? []) {
    if (files.has(stem + source)) return stem + source;
  }
  for (const candidate of [base, `${base}/index`]) {
    const found = MODULE_EXTENSIONS.map((e) => candidate + e).find((f) => files.has(f));
    if (found) return found;
  }
  return null;
}

// The style a written path follows, from its extension.
export function styleOf(specifier: string): PathStyle {
  const ext = posix.extname(specifier).toLowerCase();
  if (ext in EMITTED_OF) return 'source';
  if (ext in SOURCES_OF_EMITTED) return 'js';
  return 'none';
}

// The relative path from `importer` to `target` written in `style` (`./x.js`, `../lib/x.ts`, `./x`).
export function specifierFor(importer: string, target: string, style: PathStyle): string {
  let path = posix.relative(posix.dirname(importer), target);
  if (!path.startsWith('.')) path = `./${path}`;
  const ext = posix.extname(path);
  if (style === 'source') return path;
  if (style === 'js') return path.slice(0, path.length - ext.length) + (EMITTED_OF[ext] ?? ext);
  return path.slice(0, path.length - ext.length).replace(/\/index$/, '') || '.';
}

// The style of the first relative import path in a file's text; null when it has none.
export function styleInText(text: string): PathStyle | null {
  const match = /\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/.exec(text);
  return match ? styleOf(match[1]) : null;
}
