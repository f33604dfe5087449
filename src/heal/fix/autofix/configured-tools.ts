// Which autofixers a repository has set up for a file: the nearest directory (from the file's own
// up to the root) whose config marks the tool, and for npm tools a package.json at or above it
// that depends on the tool. Read through the WorkspaceReader only.
import { posix } from 'node:path';
import type { Language, WorkspaceReader } from '../../types.ts';
import { AUTOFIX_TOOLS, type AutofixTool, type ConfigMark } from './autofix-tools.ts';

export interface ConfiguredTool {
  tool: AutofixTool;
  /** Repository-relative directory holding the config: where the tool runs. */
  dir: string;
  /** Where the config was found, for the patch's reason ("pyproject.toml [tool.black]"). */
  foundIn: string;
  /** npm tools: directories (relative to `dir`) whose node_modules/.bin may hold the tool, nearest first. */
  binDirs: string[];
}

const PRE_COMMIT = '.pre-commit-config.yaml';

// The tools of the file's language that the repository configures, in AUTOFIX_TOOLS order.
export async function configuredTools(file: string, language: Language, workspace: WorkspaceReader): Promise<ConfiguredTool[]> {
  const dirs = ancestors(posix.dirname(file));
  const read = memo(workspace);
  const found: ConfiguredTool[] = [];
  for (const tool of AUTOFIX_TOOLS.filter((t) => t.languages.includes(language))) {
    for (const dir of dirs) {
      const foundIn = await markIn(tool, dir, read);
      if (foundIn === null) continue;
      const binDirs = tool.npmPackage ? await npmDirs(tool.npmPackage, dir, read) : [];
      if (tool.npmPackage && binDirs.length === 0) break;
      found.push({ tool, dir, foundIn, binDirs });
      break;
    }
  }
  return found;
}

// The directory and each one above it, up to the root ('.').
function ancestors(dir: string): string[] {
  const list: string[] = [];
  let current = dir === '' ? '.' : dir;
  for (;;) {
    list.push(current);
    if (current === '.') return list;
    current = posix.dirname(current);
  }
}

function memo(workspace: WorkspaceReader): (file: string) => Promise<string | null> {
  const cache = new Map<string, Promise<string | null>>();
  return (file) => {
    let text = cache.get(file);
    if (!text) {
      text = workspace.readText(file);
      cache.set(file, text);
    }
    return text;
  };
}

async function markIn(tool: AutofixTool, dir: string, read: (file: string) => Promise<string | null>): Promise<string | null> {
  for (const mark of tool.marks) {
    const text = await read(posix.join(dir, mark.file));
    if (text !== null && marks(text, mark)) return posix.join(dir, mark.file) + (mark.section ? ` [${mark.section}]` : mark.jsonKey ? ` "${mark.jsonKey}"` : '');
  }
  // A pre-commit hook of a Python tool says the repository formats with it.
  if (!tool.npmPackage && dir === '.') {
    const hooks = await read(PRE_COMMIT);
    if (hooks !== null && new RegExp(`^\\s*-?\\s*id:\\s*['"]?${tool.name}['"]?\\s*$`, 'm').test(hooks)) return `${PRE_COMMIT} hook '${tool.name}'`;
  }
  return null;
}

function marks(text: string, mark: ConfigMark): boolean {
  if (mark.section) return new RegExp(`^\\s*\\[${mark.section.replace(/[.[\]]/g, '\\$&')}\\]`, 'm').test(text);
  if (mark.jsonKey) return jsonObject(text)?.[mark.jsonKey] !== undefined;
  return true;
}

// Directories from `dir` up whose package.json depends on the package, as paths relative to `dir`.
async function npmDirs(pkg: string, dir: string, read: (file: string) => Promise<string | null>): Promise<string[]> {
  const found: string[] = [];
  for (const up of ancestors(dir)) {
    const json = jsonObject((await read(posix.join(up, 'package.json'))) ?? '');
    const deps = { ...(json?.dependencies as object | undefined), ...(json?.devDependencies as object | undefined) };
    if (pkg in deps) found.push(posix.relative(dir, up) || '.');
  }
  return found;
}

function jsonObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
