// The repository's JavaScript/TypeScript modules and what each exports, read lazily: a fix
// about one import reads one module, a search for where a name is defined reads them all (capped).
import type { WorkspaceReader } from '../../types.ts';
import { isModuleFile, resolveSpecifier } from '../js-modules.ts';
import { readExports, type ModuleExports } from './ts-import-exports.ts';

/** Generated, vendored and installed code is never where a repository defines its names. */
const SKIPPED_DIR = /(^|\/)(node_modules|dist|build|coverage|vendor|\.git)\//;
const MAX_MODULES = 2000;
const MAX_CHARS = 300_000;
const MAX_STAR_DEPTH = 4;

export interface ModuleIndex {
  /** Every tracked file, for resolving paths. */
  files: ReadonlySet<string>;
  /** A file's text, read once. */
  read(file: string): Promise<string | null>;
  /** Source modules worth searching, in listing order. */
  modules: readonly string[];
  exportsOf(file: string): Promise<ModuleExports | null>;
  /** Every name the module exports, following `export *` chains. */
  exportedNames(file: string): Promise<Set<string>>;
  /** Modules that declare and export `name` themselves (re-exporting barrels do not count). */
  definersOf(name: string, except: string): Promise<string[]>;
  /** Modules whose default export is declared under `name`. */
  defaultDefinersOf(name: string, except: string): Promise<string[]>;
}

// An index over the workspace's files; each module is read and parsed at most once.
export async function moduleIndex(workspace: WorkspaceReader): Promise<ModuleIndex> {
  const listed = await workspace.listFiles();
  const files = new Set(listed);
  const modules = listed.filter((f) => isModuleFile(f) && !SKIPPED_DIR.test(f)).slice(0, MAX_MODULES);
  const texts = new Map<string, Promise<string | null>>();
  const read = (file: string): Promise<string | null> => {
    let text = texts.get(file);
    if (!text) {
      text = workspace.readText(file);
      texts.set(file, text);
    }
    return text;
  };
  const cache = new Map<string, Promise<ModuleExports | null>>();
  const exportsOf = (file: string): Promise<ModuleExports | null> => {
    let entry = cache.get(file);
    if (!entry) {
      entry = read(file).then((text) => (text === null || text.length > MAX_CHARS ? null : readExports(file, text)));
      cache.set(file, entry);
    }
    return entry;
  };
  const exportedNames = async (file: string, depth = 0): Promise<Set<string>> => {
    const exports = await exportsOf(file);
    const names = new Set<string>([...(exports?.own.keys() ?? []), ...(exports?.forwarded ?? [])]);
    if (!exports || depth >= MAX_STAR_DEPTH) return names;
    for (const from of exports.starFrom) {
      const target = resolveSpecifier(file, from, files);
      if (target) for (const name of await exportedNames(target, depth + 1)) names.add(name);
    }
    return names;
  };
  const search = async (except: string, test: (e: ModuleExports) => boolean): Promise<string[]> => {
    const found: string[] = [];
    for (const file of modules) {
      if (file === except) continue;
      const exports = await exportsOf(file);
      if (exports && test(exports)) found.push(file);
    }
    return found;
  };
  return {
    files,
    read,
    modules,
    exportsOf,
    exportedNames: (file) => exportedNames(file),
    definersOf: (name, except) => search(except, (e) => e.own.has(name)),
    defaultDefinersOf: (name, except) => search(except, (e) => e.hasDefault && e.defaultName === name),
  };
}
