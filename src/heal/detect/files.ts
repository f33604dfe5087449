// Small file helpers for detection: every read is optional (a missing or broken file is "absent").
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export async function readTextOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

export interface PackageJson {
  scripts: Record<string, string>;
  /** Names of dependencies and devDependencies. */
  deps: Set<string>;
  workspaces: string[];
}

/** The parts of `<dir>/package.json` detection uses; null when absent or not JSON. */
export async function readPackageJson(dir: string): Promise<PackageJson | null> {
  const text = await readTextOrNull(join(dir, 'package.json'));
  if (text === null) return null;
  try {
    const json = JSON.parse(text) as Record<string, unknown>;
    const record = (value: unknown): Record<string, string> =>
      value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, string>) : {};
    const ws = json.workspaces;
    const workspaces = Array.isArray(ws) ? ws : Array.isArray(record(ws).packages) ? (record(ws).packages as unknown as string[]) : [];
    return {
      scripts: record(json.scripts),
      deps: new Set([...Object.keys(record(json.dependencies)), ...Object.keys(record(json.devDependencies))]),
      workspaces: workspaces.filter((w): w is string => typeof w === 'string'),
    };
  } catch {
    return null;
  }
}

/** True when an INI-style file (setup.cfg, tox.ini) has the section, e.g. [flake8]. */
export function hasIniSection(text: string | null, section: string): boolean {
  return text !== null && new RegExp(`^\\s*\\[${section.replace(/[.[\]]/g, '\\$&')}\\]`, 'm').test(text);
}
