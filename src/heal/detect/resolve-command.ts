// Turns one command (from a workflow, a convention or rift.yml) into a Check or an InstallStep,
// resolving `npm test` / `npm run X` through the package's own script body.
import { join } from 'node:path';
import type { Check, InstallStep, Language } from '../types.ts';
import { classifyCommand, guessKind } from './classify-command.ts';
import { exists, readPackageJson } from './files.ts';

export type Resolved = { type: 'check'; check: Omit<Check, 'id'> } | { type: 'install'; install: InstallStep } | { type: 'skip'; reason: string };

/** JavaScript or TypeScript, by the package's tsconfig.json. */
export async function jsLanguage(repoRoot: string, cwd: string): Promise<Language> {
  return (await exists(join(repoRoot, cwd, 'tsconfig.json'))) ? 'typescript' : 'javascript';
}

/** Resolves a command run in `cwd` (repository-relative). `force` keeps unknown commands (rift.yml). */
export async function resolveCommand(
  repoRoot: string,
  command: string,
  cwd: string,
  source: Check['source'],
  force = false,
): Promise<Resolved> {
  const cls = classifyCommand(command);
  if (cls.type === 'install') return { type: 'install', install: { command, cwd } };
  if (cls.type === 'skip' && !force) return { type: 'skip', reason: cls.reason };
  if (cls.type === 'check') {
    const language = cls.language ?? (await jsLanguage(repoRoot, cwd));
    return { type: 'check', check: { command, cwd, kind: cls.kind, tool: cls.tool, language, source } };
  }
  if (cls.type === 'npm-script') {
    const pkg = await readPackageJson(join(repoRoot, cwd));
    const body = pkg?.scripts[cls.script];
    if (body === undefined && !force) return { type: 'skip', reason: `no "${cls.script}" script in ${cwd}/package.json` };
    const inner = body === undefined ? { type: 'unknown' as const } : classifyCommand(body);
    const language = await jsLanguage(repoRoot, cwd);
    if (inner.type === 'check') {
      return { type: 'check', check: { command, cwd, kind: inner.kind, tool: inner.tool, language: inner.language ?? language, source } };
    }
    const kind = guessKind(cls.script) ?? guessKind(body ?? '') ?? 'build';
    return { type: 'check', check: { command, cwd, kind, tool: 'npm-script', language, source } };
  }
  const kind = guessKind(command);
  if (kind === null && !force) return { type: 'skip', reason: 'not a test, lint or type check' };
  return { type: 'check', check: { command, cwd, kind: kind ?? 'test', tool: 'unknown', language: null, source } };
}
