// Starts and stops the install phase's network helper: slirp4netns attached to the sandbox's
// network namespace, plus the routes that keep the host's own addresses out of reach.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { networkInterfaces } from 'node:os';
import type { Readable } from 'node:stream';
import { execa } from 'execa';
import type { BwrapArgsInput } from './bwrap-args.ts';
import { findExecutable } from './tools.ts';
import { blockedRoutes, buildSlirpArgs, isWaitingOnFd, parseChildPid, slirpResolvConf, USER_NET_FDS, type InterfaceAddress } from './user-net.ts';

/** Absolute paths of the helper's tools; without nsenter or ip the host's addresses stay routable. */
export interface UserNetTools {
  slirp: string;
  nsenter: string | null;
  ip: string | null;
}

/** What a sandbox needs to give its install phase a network: the tools and the resolv.conf to show. */
export interface UserNetSetup {
  tools: UserNetTools;
  /** Where the sandbox's resolv.conf is (/etc/resolv.conf's real path) and its text; null without one. */
  resolvConf: { path: string; text: string } | null;
}

/** What runProcess and buildBwrapArgs need for one networked run. */
export interface UserNetRun {
  bwrap: NonNullable<BwrapArgsInput['userNet']>;
  extraFds: Array<'pipe' | AsyncIterable<Uint8Array> | Uint8Array>;
  onStarted: (fds: Array<Readable | null>) => Promise<() => Promise<void>>;
}

export interface UserNetHelper {
  /** Ends slirp4netns and waits for it to be gone. */
  stop(): Promise<void>;
}

const LAUNCH_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8' };
const LOG_CAP = 4096;

/** The helper's tools and resolv.conf on this host, or null when slirp4netns is not installed. */
export function findUserNetSetup(hostEnv: NodeJS.ProcessEnv): UserNetSetup | null {
  const slirp = findExecutable('slirp4netns', hostEnv);
  if (!slirp) return null;
  const tools = { slirp, nsenter: findExecutable('nsenter', hostEnv), ip: findExecutable('ip', hostEnv) };
  try {
    const path = realpathSync('/etc/resolv.conf');
    return { tools, resolvConf: { path, text: slirpResolvConf(readFileSync(path, 'utf8')) } };
  } catch {
    return { tools, resolvConf: null };
  }
}

/**
 * Wires one bwrap run to the helper: bwrap names its child on fd 3 and waits on fd 4; once
 * slirp4netns is attached a byte on fd 4 lets the command start. Its stop runs after bwrap ends.
 */
export function prepareUserNetRun(setup: UserNetSetup, inUserNamespace: boolean, timeoutMs = 10_000): UserNetRun {
  // bwrap's --block-fd: one byte lets the command start; an end without it means "give up".
  let open: (go: boolean) => void = () => {};
  const opened = new Promise<boolean>((resolve) => {
    open = resolve;
  });
  async function* gate(): AsyncGenerator<Uint8Array> {
    if (await opened) yield Buffer.from('1');
  }
  const resolv = setup.resolvConf;
  return {
    bwrap: {
      infoFd: USER_NET_FDS.info,
      blockFd: USER_NET_FDS.block,
      resolvConfFd: resolv ? USER_NET_FDS.resolvConf : null,
      resolvConfPath: resolv?.path ?? '',
    },
    extraFds: ['pipe', gate(), ...(resolv ? [Buffer.from(resolv.text)] : [])],
    onStarted: async (fds) => {
      try {
        const info = fds[USER_NET_FDS.info];
        if (!info) throw new Error('bwrap did not start');
        const pid = await readChildPid(info, timeoutMs);
        await waitUntilBlocked(pid, USER_NET_FDS.block, timeoutMs);
        const helper = await attachUserNet(setup.tools, pid, inUserNamespace, timeoutMs);
        open(true);
        return helper.stop;
      } catch (error) {
        open(false);
        throw new Error(`the install network could not be set up: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
  };
}

/** Polls until the sandbox waits on its block fd, i.e. bwrap's own set-up is over. */
async function waitUntilBlocked(pid: number, fd: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let text: string;
    try {
      text = await readFile(`/proc/${pid}/syscall`, 'utf8');
    } catch (error) {
      throw new Error(`cannot watch the sandbox's set-up (/proc/${pid}/syscall): ${(error as Error).message}`);
    }
    if (isWaitingOnFd(text, fd)) return;
    if (Date.now() > deadline) throw new Error('the sandbox did not finish its set-up in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/** Reads bwrap's --info-fd until it names the sandbox's pid. */
export function readChildPid(info: Readable, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let text = '';
    const done = (error: Error | null, pid?: number): void => {
      clearTimeout(timer);
      info.off('data', onData).off('end', onEnd).off('error', onEnd);
      if (error) reject(error);
      else resolve(pid as number);
    };
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('utf8');
      const pid = parseChildPid(text);
      if (pid !== null) done(null, pid);
    };
    const onEnd = (): void => done(new Error(`bwrap ended before naming its child (info: ${JSON.stringify(text.slice(0, 200))})`));
    const timer = setTimeout(() => done(new Error('bwrap did not name its child in time')), timeoutMs);
    info.on('data', onData).on('end', onEnd).on('error', onEnd);
  });
}

/**
 * Attaches slirp4netns to the namespace of `pid` and makes the host's addresses unreachable from
 * it; resolves once traffic can flow, rejects (with slirp4netns's own words) when it cannot.
 */
export async function attachUserNet(
  tools: UserNetTools,
  pid: number,
  inUserNamespace: boolean,
  timeoutMs: number,
  addresses: InterfaceAddress[] = Object.values(networkInterfaces()).flatMap((list) => list ?? []),
): Promise<UserNetHelper> {
  const slirp = spawn(tools.slirp, buildSlirpArgs({ pid, inUserNamespace }), {
    stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
    env: LAUNCH_ENV,
  });
  let log = '';
  const keep = (chunk: Buffer): void => {
    if (log.length < LOG_CAP) log += chunk.toString('utf8');
  };
  slirp.stdout?.on('data', keep);
  slirp.stderr?.on('data', keep);
  const helper = { stop: () => stopSlirp(slirp) };
  try {
    await waitReady(slirp, timeoutMs, () => log);
    if (tools.nsenter && tools.ip) await addRoutes(tools.nsenter, tools.ip, pid, inUserNamespace, blockedRoutes(addresses));
  } catch (error) {
    await helper.stop();
    throw error;
  }
  return helper;
}

function waitReady(slirp: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ready = slirp.stdio[3] as Readable;
    const done = (error: Error | null): void => {
      clearTimeout(timer);
      ready.off('data', onReady);
      slirp.off('exit', onExit).off('error', onError);
      if (error) reject(error);
      else resolve();
    };
    const onReady = (): void => done(null);
    const onExit = (code: number | null): void => done(new Error(`slirp4netns exited (${code}) before the network was up: ${log().trim()}`));
    const onError = (error: Error): void => done(new Error(`slirp4netns did not start: ${error.message}`));
    const timer = setTimeout(() => done(new Error(`slirp4netns was not ready within ${timeoutMs} ms: ${log().trim()}`)), timeoutMs);
    ready.on('data', onReady);
    slirp.on('exit', onExit).on('error', onError);
  });
}

async function addRoutes(nsenter: string, ip: string, pid: number, inUserNamespace: boolean, lines: string[]): Promise<void> {
  const target = ['--target', String(pid), '--net', ...(inUserNamespace ? ['--user', '--preserve-credentials'] : [])];
  const result = await execa(nsenter, [...target, '--', ip, '-batch', '-'], {
    input: `${lines.join('\n')}\n`,
    env: LAUNCH_ENV,
    extendEnv: false,
    reject: false,
    timeout: 10_000,
  });
  if (result.exitCode !== 0) throw new Error(`could not block the host's addresses in the sandbox: ${String(result.stderr).trim()}`);
}

/** Closing fd 4 is slirp4netns's own signal to exit; SIGKILL if it lingers. */
async function stopSlirp(slirp: ChildProcess): Promise<void> {
  if (slirp.pid === undefined || slirp.exitCode !== null || slirp.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => slirp.once('exit', () => resolve()));
  (slirp.stdio[4] as Readable | null)?.destroy();
  const timer = setTimeout(() => slirp.kill('SIGKILL'), 1_000);
  await exited;
  clearTimeout(timer);
}
