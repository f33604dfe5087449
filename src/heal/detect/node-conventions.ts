// JavaScript/TypeScript conventions for a package whose CI workflow says nothing usable: its own
// test/lint/typecheck scripts first, else the tools its files and dependencies point to.
import { join, posix } from 'node:path';
import type { Check, InstallStep } from '../types.ts';
import { exists, readPackageJson } from './files.ts';
import { jsLanguage, resolveCommand } from './resolve-command.ts';

type NewCheck = Omit<Check, 'id'>;

const SCRIPT_NAMES = ['test', 'lint', 'typecheck', 'type-check', 'check-types', 'types', 'tsc'];
/** npm init's placeholder test script, which only fails. */
const PLACEHOLDER_TEST = /no test specified/;
const JS_TEST_FILE = /(^|\/)([^/]+\.(test|spec)\.[cm]?[jt]sx?|test\/[^/]+\.[cm]?js)$/;
const ESLINT_CONFIG = /(^|\/)(eslint\.config\.[cm]?[jt]s|\.eslintrc(\.[a-z]+)?)$/;

/** Install command for a Node package, by its lockfile; null when it has nothing to install. */
async function nodeInstall(repoRoot: string, dir: string, hasDeps: boolean, underLockedRoot: boolean): Promise<InstallStep | null> {
  const at = (name: string): Promise<boolean> => exists(join(repoRoot, dir, name));
  if (await at('package-lock.json')) return { command: 'npm ci --no-audit --no-fund', cwd: dir };
  if (await at('npm-shrinkwrap.json')) return { command: 'npm ci --no-audit --no-fund', cwd: dir };
  if (await at('pnpm-lock.yaml')) return { command: 'pnpm install --frozen-lockfile', cwd: dir };
  if (await at('yarn.lock')) return { command: 'yarn install --frozen-lockfile', cwd: dir };
  if (!hasDeps || underLockedRoot) return null;
  return { command: 'npm install --no-audit --no-fund', cwd: dir };
}

/** The checks and installs of one Node package; `files` are its files (repository-relative). */
export async function nodeConventions(
  repoRoot: string,
  dir: string,
  files: string[],
  underLockedRoot: boolean,
): Promise<{ checks: NewCheck[]; installs: InstallStep[] }> {
  const pkg = await readPackageJson(join(repoRoot, dir));
  if (pkg === null) return { checks: [], installs: [] };
  const checks: NewCheck[] = [];
  for (const name of SCRIPT_NAMES) {
    const body = pkg.scripts[name];
    if (body === undefined || (name === 'test' && PLACEHOLDER_TEST.test(body))) continue;
    const command = name === 'test' ? 'npm test' : `npm run ${name}`;
    const resolved = await resolveCommand(repoRoot, command, dir, 'convention', true);
    if (resolved.type === 'check') checks.push(resolved.check);
  }

  const kinds = new Set(checks.map((c) => c.kind));
  const language = await jsLanguage(repoRoot, dir);
  const base = { cwd: dir, language, source: 'convention' as const };
  const has = (dep: string): boolean => pkg.deps.has(dep);
  if (!kinds.has('test') && files.some((f) => JS_TEST_FILE.test(f) && !f.includes('/node_modules/'))) {
    if (has('vitest')) checks.push({ ...base, command: 'npx --no vitest run', kind: 'test', tool: 'vitest' });
    else if (has('jest')) checks.push({ ...base, command: 'npx --no jest', kind: 'test', tool: 'jest' });
    else if (has('mocha')) checks.push({ ...base, command: 'npx --no mocha', kind: 'test', tool: 'mocha' });
    else if (files.some((f) => JS_TEST_FILE.test(f) && /\.[cm]?js$/.test(f))) {
      checks.push({ ...base, command: 'node --test', kind: 'test', tool: 'node-test' });
    }
  }
  if (!kinds.has('typecheck') && language === 'typescript' && has('typescript')) {
    checks.push({ ...base, command: 'npx --no tsc --noEmit', kind: 'typecheck', tool: 'tsc' });
  }
  if (!kinds.has('lint') && has('eslint') && files.some((f) => ESLINT_CONFIG.test(posix.basename(f)))) {
    checks.push({ ...base, command: 'npx --no eslint .', kind: 'lint', tool: 'eslint' });
  }

  const install = await nodeInstall(repoRoot, dir, pkg.deps.size > 0, underLockedRoot);
  return { checks, installs: install ? [install] : [] };
}
