// `npm run demo [-- python|typescript]`: copies a bundled broken example into .rift/examples/, makes
// it a git repository of its own, and runs `rift heal` on it, exactly as a user would.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const EXAMPLES: Record<string, string> = { python: 'python-calculator', typescript: 'typescript-inventory' };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const which = process.argv[2] ?? 'python';
const name = EXAMPLES[which];
if (!name) {
  console.error(`unknown example "${which}": choose ${Object.keys(EXAMPLES).join(' or ')}`);
  process.exit(2);
}

const repo = path.join(root, '.rift', 'examples', name);
rmSync(repo, { recursive: true, force: true });
cpSync(path.join(root, 'examples', name), repo, { recursive: true });
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'ignore' });
git('init', '--quiet', '--initial-branch=main');
git('add', '-A');
git('-c', 'user.name=Demo', '-c', 'user.email=demo@example.com', 'commit', '--quiet', '-m', 'Broken example');
if (!existsSync(path.join(repo, '.git'))) throw new Error('could not create the example repository');

console.log(`$ rift heal ${path.relative(root, repo)} --team "Code Warriors" --leader "Ada Lovelace"`);
const result = spawnSync(
  process.execPath,
  [path.join(root, 'bin', 'rift.js'), 'heal', repo, '--team', 'Code Warriors', '--leader', 'Ada Lovelace'],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
