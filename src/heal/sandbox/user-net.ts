// The install phase's network, as plain data: the sandbox gets its own network namespace whose only
// way out is slirp4netns, a user-mode NAT on the host. Its gateway does NOT lead to the host's
// loopback (--disable-host-loopback: Postgres and Redis trust 127.0.0.1), and routes inside the
// namespace refuse the host's own addresses and link-local (cloud metadata), so a service bound
// to 0.0.0.0 on the host stays out of reach too.
import { isIPv4 } from 'node:net';

/** slirp4netns's fixed layout for its default 10.0.2.0/24 network. */
export const SLIRP_CIDR_PREFIX = '10.0.2.';
/** slirp4netns's built-in DNS forwarder: it asks the host's resolvers from the host side. */
export const SLIRP_DNS = '10.0.2.3';

/** The fds bwrap is given, from 3 on, in the order the caller passes them. */
export const USER_NET_FDS = { info: 3, block: 4, resolvConf: 5 } as const;

export interface SlirpArgsInput {
  /** The sandbox's first process: its network namespace is the one slirp4netns serves. */
  pid: number;
  /** The sandbox has its own user namespace (RIFT is not root): slirp4netns must join it. */
  inUserNamespace: boolean;
}

/**
 * slirp4netns's argv. fd 3 receives "1" once tap0 is configured; slirp4netns exits when fd 4
 * closes, so it cannot outlive RIFT. --enable-sandbox and --enable-seccomp confine slirp4netns
 * itself, since it parses packets the untrusted command writes.
 */
export function buildSlirpArgs(input: SlirpArgsInput): string[] {
  const args = ['--configure', '--mtu=65520', '--disable-host-loopback', '--enable-sandbox', '--enable-seccomp'];
  args.push('--ready-fd=3', '--exit-fd=4');
  if (input.inUserNamespace) args.push(`--userns-path=/proc/${input.pid}/ns/user`);
  args.push(String(input.pid), 'tap0');
  return args;
}

/** The sandbox's pid from bwrap's --info-fd JSON, or null while the JSON is still incomplete. */
export function parseChildPid(infoText: string): number | null {
  const match = /"child-pid"\s*:\s*(\d+)/.exec(infoText);
  return match ? Number(match[1]) : null;
}

/** read(2)'s number on x86_64, i386/arm and arm64/riscv64. */
const READ_SYSCALLS = new Set(['0', '3', '63']);

/**
 * True when /proc/<pid>/syscall shows the sandbox blocked in read(blockFd, _, 1): bwrap has then
 * set up its loopback and mounts and waits for the go. slirp4netns must not start earlier: its
 * netlink calls racing bwrap's loopback set-up make bwrap fail ("Failed RTM_NEWADDR").
 */
export function isWaitingOnFd(syscallText: string, fd: number): boolean {
  const [nr, arg1, , arg3] = syscallText.trim().split(/\s+/);
  return READ_SYSCALLS.has(nr) && arg1 === `0x${fd.toString(16)}` && arg3 === '0x1';
}

/** One address of a host interface, as os.networkInterfaces() lists it. */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

/**
 * `ip -batch` lines that make the host's own IPv4 addresses and link-local unreachable from the
 * namespace. Loopback needs no route: 127.0.0.0/8 there is the namespace's own. Addresses inside
 * slirp's network need none either: slirp answers them itself and never forwards them to the host.
 * IPv6 needs none: slirp4netns runs without it, so the namespace has no IPv6 route at all.
 */
export function blockedRoutes(addresses: readonly InterfaceAddress[]): string[] {
  const hosts = addresses
    .filter((a) => !a.internal && isIPv4(a.address) && !a.address.startsWith('127.') && !a.address.startsWith(SLIRP_CIDR_PREFIX))
    .map((a) => `${a.address}/32`);
  return [...new Set(hosts), '169.254.0.0/16'].map((target) => `route add unreachable ${target}`);
}

/**
 * The namespace's resolv.conf: the host's search and options lines, with slirp's DNS forwarder as
 * the only nameserver (the host's may be a loopback stub such as systemd-resolved's 127.0.0.53,
 * or one of the host's own addresses, neither reachable from inside).
 */
export function slirpResolvConf(hostText: string): string {
  const kept = hostText.split(/\r?\n/).filter((line) => /^\s*(search|domain|options)\s/.test(line));
  return [`nameserver ${SLIRP_DNS}`, ...kept, ''].join('\n');
}
