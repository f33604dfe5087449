// The bubblewrap command line: the system read-only, host secrets hidden, a private /tmp, the
// workspace the only writable place, and namespaces that cut the network and the host's processes.
// The install phase gets its own network namespace too, wired to the internet by a helper
// (user-net.ts) while bwrap holds the command back.
import { posix } from 'node:path';

/** What to hide and re-expose on the host, computed once by host-layout.ts. */
export interface HostLayout {
  /** Directories replaced by an empty tmpfs (host homes, /run sockets, RIFT's own directory). */
  hideDirs: string[];
  /** Files replaced by /dev/null (/etc/shadow, credential files inside toolchains). */
  hideFiles: string[];
  /** Toolchain paths inside hidden directories, bound back read-only (~/.pyenv, ~/.nvm). */
  reexpose: string[];
}

export interface BwrapArgsInput {
  layout: HostLayout;
  workspace: string;
  cwd: string;
  network: boolean;
  /** Run in a user namespace: needed when RIFT is not root, so RLIMIT_NPROC counts this sandbox only. */
  unshareUser: boolean;
  env: Record<string, string>;
  /**
   * With `network`: a private network namespace served by slirp4netns instead of the host's.
   * bwrap writes the sandbox's pid to `infoFd`, reads `resolvConfFd` into `resolvConfPath`, and
   * starts the command only once a byte arrives on `blockFd` (the helper is attached by then).
   */
  userNet?: { infoFd: number; blockFd: number; resolvConfFd: number | null; resolvConfPath: string };
  /** argv to run inside, e.g. [...limits, 'sh', '-c', command]. */
  argv: string[];
}

/** bwrap's arguments, in mount order: later mounts cover earlier ones. */
export function buildBwrapArgs(input: BwrapArgsInput): string[] {
  const args = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp'];
  for (const dir of input.layout.hideDirs) args.push('--tmpfs', dir);
  for (const path of input.layout.reexpose) args.push('--ro-bind', path, path);
  for (const file of input.layout.hideFiles) args.push('--ro-bind', '/dev/null', file);
  // bwrap makes the workspace's missing parents on those tmpfs mounts 0700; the command runs as
  // another uid, and access(2) ignores the capability that lets it open files anyway (vite's
  // start-up check fails), so the parents are made traversable.
  for (const dir of parentsOnTmpfs(input.workspace, ['/tmp', ...input.layout.hideDirs])) args.push('--perms', '0755', '--dir', dir);
  args.push('--bind', input.workspace, input.workspace);
  // Hidden directories are empty tmpfs mounts; read-only once the binds inside them are made.
  const userNet = input.network ? input.userNet : undefined;
  if (userNet && userNet.resolvConfFd !== null) args.push('--ro-bind-data', String(userNet.resolvConfFd), userNet.resolvConfPath);
  for (const dir of input.layout.hideDirs) args.push('--remount-ro', dir);
  args.push('--unshare-pid', '--unshare-ipc', '--unshare-uts', '--unshare-cgroup-try');
  if (!input.network || userNet) args.push('--unshare-net');
  if (userNet) args.push('--info-fd', String(userNet.infoFd), '--block-fd', String(userNet.blockFd));
  if (input.unshareUser) args.push('--unshare-user');
  args.push('--die-with-parent', '--new-session', '--chdir', input.cwd, '--clearenv');
  for (const [name, value] of Object.entries(input.env)) args.push('--setenv', name, value);
  args.push('--', ...input.argv);
  return args;
}

/** The parents of `path`, outermost first, that lie inside one of the tmpfs mount points. */
export function parentsOnTmpfs(path: string, mounts: readonly string[]): string[] {
  const parents: string[] = [];
  for (let dir = posix.dirname(path); dir !== '/' && dir !== '.'; dir = posix.dirname(dir)) {
    if (mounts.some((mount) => dir.startsWith(`${mount}/`))) parents.unshift(dir);
  }
  return parents;
}
