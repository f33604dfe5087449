// Step 2 of the healing loop: what the repository's own CI runs. Order of authority:
// .github/rift.yml's ci_command, then the workflows' run: steps, then each package's conventions.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RepoConfig } from '../../config/repo-config.ts';
import type { Check, InstallStep } from '../types.ts';
import { readTextOrNull } from './files.ts';
import { filesOf, findPackages } from './find-packages.ts';
import { createIgnoreMatcher } from '../../config/ignore-paths.ts';
import { nodeConventions } from './node-conventions.ts';
import { pythonConventions } from './python-conventions.ts';
import { resolveCommand } from './resolve-command.ts';
import { workflowCommands } from './workflow-commands.ts';

export interface DetectedChecks {
  checks: Check[];
  installs: InstallStep[];
  /** What detection skipped or assumed, for the run's trace; never secrets. */
  notes: string[];
}

type NewCheck = Omit<Check, 'id'>;

/** Gives every check an id `<cwd>:<tool or script>`, unique within the list. */
export function assignIds(checks: NewCheck[]): Check[] {
  const seen = new Map<string, number>();
  return checks.map((check) => {
    const script = /^npm (?:run )?([\w:.-]+)/.exec(check.command)?.[1];
    const name = check.tool === 'npm-script' || check.tool === 'unknown' ? (script ?? check.tool) : check.tool;
    const base = `${check.cwd}:${name}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { ...check, id: count === 1 ? base : `${base}#${count}` };
  });
}

function dedupe<T extends { command: string; cwd: string }>(items: T[]): T[] {
  const keys = new Set<string>();
  return items.filter((item) => {
    const key = `${item.cwd}\0${item.command}`;
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  });
}

async function fromWorkflows(repoRoot: string, config: RepoConfig): Promise<DetectedChecks> {
  const dir = join(repoRoot, '.github', 'workflows');
  const names = await readdir(dir).catch(() => [] as string[]);
  const result: DetectedChecks = { checks: [], installs: [], notes: [] };
  const checks: NewCheck[] = [];
  const ignored = createIgnoreMatcher(config.ignore);
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    const text = await readTextOrNull(join(dir, name));
    if (text === null) continue;
    const { commands, notes } = workflowCommands(text, `.github/workflows/${name}`);
    result.notes.push(...notes);
    for (const { command, cwd } of commands) {
      if (cwd !== '.' && ignored(cwd)) continue;
      const resolved = await resolveCommand(repoRoot, command, cwd, 'workflow');
      if (resolved.type === 'check') checks.push(resolved.check);
      else if (resolved.type === 'install') result.installs.push(resolved.install);
      else if (resolved.reason !== 'empty' && resolved.reason !== 'set-up command') result.notes.push(`workflow command skipped (${resolved.reason}): ${command.split('\n')[0]}`);
    }
  }
  return { ...result, checks: assignIds(dedupe(checks)), installs: dedupe(result.installs) };
}

async function fromConventions(repoRoot: string, config: RepoConfig): Promise<DetectedChecks> {
  const tree = await findPackages(repoRoot, config.ignore);
  const checks: NewCheck[] = [];
  const installs: InstallStep[] = [];
  const all = [...tree.pythonPackages, ...tree.nodePackages];
  const lockedDirs = tree.files.filter((f) => /(^|\/)(package-lock\.json|pnpm-lock\.yaml|yarn\.lock)$/.test(f)).map((f) => f.replace(/\/?[^/]+$/, '') || '.');
  for (const dir of tree.pythonPackages) {
    const found = await pythonConventions(repoRoot, dir, filesOf(tree, dir, all));
    checks.push(...found.checks);
    installs.push(...found.installs);
  }
  for (const dir of tree.nodePackages) {
    const underLockedRoot = lockedDirs.some((locked) => locked !== dir && (locked === '.' || dir.startsWith(`${locked}/`)));
    const found = await nodeConventions(repoRoot, dir, filesOf(tree, dir, all), underLockedRoot);
    checks.push(...found.checks);
    installs.push(...found.installs);
  }
  return { checks: assignIds(dedupe(checks)), installs: dedupe(installs), notes: [] };
}

async function fromConfig(repoRoot: string, commands: string[]): Promise<NewCheck[]> {
  const checks: NewCheck[] = [];
  for (const command of commands) {
    const resolved = await resolveCommand(repoRoot, command, '.', 'config', true);
    if (resolved.type === 'check') checks.push(resolved.check);
    else checks.push({ command, cwd: '.', kind: 'test', tool: 'unknown', language: null, source: 'config' });
  }
  return checks;
}

/**
 * Finds the checks to run and the installs to run before them. An empty `checks` list is not an
 * error here: the caller decides (the pipeline ends the run with "no tests found").
 */
export async function detectChecks(repoRoot: string, config: RepoConfig): Promise<DetectedChecks> {
  const configInstalls = config.install_command?.map((command) => ({ command, cwd: '.' })) ?? null;
  if (config.ci_command) {
    const checks = assignIds(await fromConfig(repoRoot, config.ci_command));
    const installs = configInstalls ?? (await fromConventions(repoRoot, config)).installs;
    return { checks, installs, notes: ['checks from ci_command in .github/rift.yml'] };
  }
  const workflows = await fromWorkflows(repoRoot, config);
  if (workflows.checks.length > 0) {
    const installs = configInstalls ?? (workflows.installs.length > 0 ? workflows.installs : (await fromConventions(repoRoot, config)).installs);
    return { checks: workflows.checks, installs, notes: workflows.notes };
  }
  const conventions = await fromConventions(repoRoot, config);
  const notes = [...workflows.notes, 'no checks found in .github/workflows; using the conventions of each package'];
  return { checks: conventions.checks, installs: configInstalls ?? conventions.installs, notes };
}
