// Which host paths the read-only system mount would expose but a sandboxed command must not see:
// homes (SSH keys, gh and npm tokens), service sockets (a Postgres socket ignores --unshare-net),
// service data, RIFT's own directory (.env, embedded database). Toolchains that live in a home
// (pyenv, nvm) are bound back read-only so python and node keep working.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, dirname, join, relative, sep } from 'node:path';
import type { HostLayout } from './bwrap-args.ts';
import { sandboxPath } from './env.ts';

const SECRET_DIRS = [
  '/root',
  '/home',
  '/run',
  '/var/run',
  '/var/lib',
  '/var/log',
  '/var/backups',
  '/var/mail',
  '/var/spool',
  '/var/tmp',
  '/srv',
  '/etc/ssl/private',
];

const SECRET_FILES = ['/etc/shadow', '/etc/shadow-', '/etc/gshadow', '/etc/gshadow-', '/etc/sudoers'];

/** Credential files that may sit at the top of a re-exposed toolchain directory (~/.cargo/credentials.toml). */
const SECRET_BASENAMES = ['credentials', 'credentials.toml', '.npmrc', '.pypirc', '.netrc', '.git-credentials', 'auth.json'];

/** Directories never hidden, even when RIFT is started from one of them. */
const SYSTEM_DIRS = ['/', '/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/etc', '/opt', '/proc', '/sys', '/dev', '/tmp'];

/** Variables naming toolchain roots that must stay readable. */
const TOOLCHAIN_VARS = ['PYENV_ROOT', 'NVM_DIR', 'VOLTA_HOME', 'PNPM_HOME'];

function real(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

function isUnder(path: string, dir: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Drops paths inside another kept path: hiding the parent hides them already. */
function outermost(paths: string[]): string[] {
  const sorted = [...new Set(paths)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const path of sorted) if (!kept.some((k) => isUnder(path, k))) kept.push(path);
  return kept;
}

/** The top directory of `path` just below the hidden directory that covers it, e.g. /root/.pyenv. */
function topBelow(path: string, hidden: string[]): string | null {
  const cover = hidden.find((dir) => isUnder(path, dir) && path !== dir);
  if (!cover) return null;
  const first = relative(cover, path).split(sep)[0];
  return join(cover, first);
}

/**
 * Computes the host layout from the host's environment and filesystem. `extraHide` adds the
 * caller's paths (OUTPUT_DIR, a checkout of RIFT elsewhere).
 */
export function computeHostLayout(hostEnv: NodeJS.ProcessEnv, extraHide: string[] = [], riftDir = process.cwd()): HostLayout {
  const candidates = [...SECRET_DIRS, hostEnv.HOME ?? homedir(), riftDir, ...extraHide];
  const systemDirs = new Set(SYSTEM_DIRS);
  const hideDirs = outermost(
    candidates
      .map((p) => (p ? real(p) : null))
      .filter((p): p is string => p !== null && isDir(p) && !systemDirs.has(p)),
  );

  const toolchainPaths = [
    ...sandboxPath(hostEnv.PATH).split(delimiter),
    ...TOOLCHAIN_VARS.map((name) => hostEnv[name] ?? ''),
    dirname(process.execPath),
  ];
  const reexpose = outermost(
    toolchainPaths
      .filter((p) => p.startsWith('/'))
      .map((p) => real(p))
      .filter((p): p is string => p !== null)
      .map((p) => topBelow(p, hideDirs))
      .filter((p): p is string => p !== null && existsSync(p)),
  );

  const resolv = real('/etc/resolv.conf');
  if (resolv && topBelow(resolv, hideDirs)) reexpose.push(resolv);

  const hideFiles = [
    ...SECRET_FILES.filter((file) => existsSync(file)),
    ...reexpose.flatMap((dir) => SECRET_BASENAMES.map((name) => join(dir, name)).filter((file) => existsSync(file))),
  ];
  return { hideDirs, hideFiles, reexpose };
}
