// Chooses and builds the sandbox: bubblewrap when it works, else a loud fallback that still
// scrubs the environment and applies the limits.
import { mkdir, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { silentLogger, type Logger } from '../../log.ts';
import { buildBwrapArgs, type HostLayout } from './bwrap-args.ts';
import { buildSandboxEnv } from './env.ts';
import { computeHostLayout } from './host-layout.ts';
import { buildLimitPrefix } from './limits.ts';
import { runProcess } from './run-process.ts';
import { findExecutable } from './tools.ts';
import { findUserNetSetup, prepareUserNetRun, type UserNetSetup } from './user-net-helper.ts';
import type { CreateSandboxOptions, Sandbox, SandboxResult, SandboxRunOptions } from './types.ts';

/** bwrap itself runs with this and nothing else: the sandbox's pid 1 is bwrap, readable in /proc. */
const LAUNCH_ENV = { PATH: '/usr/sbin:/usr/bin:/sbin:/bin', LANG: 'C.UTF-8' };

interface Plan {
  kind: 'bwrap' | 'none';
  bwrap: string | null;
  layout: HostLayout;
  limitPrefix: (o: SandboxRunOptions) => string[];
  unshareUser: boolean;
  hostEnv: NodeJS.ProcessEnv;
  /** The install phase's own network (slirp4netns); null shares the host's network, loopback included. */
  userNet: UserNetSetup | null;
}

/** Builds the sandbox RIFT runs repository commands in (RIFT_SANDBOX=bwrap|none, bwrap by default). */
export async function createSandbox(options: CreateSandboxOptions = {}): Promise<Sandbox> {
  const hostEnv = options.env ?? process.env;
  const logger = options.logger ?? silentLogger;
  const wanted = options.prefer ?? parseChoice(hostEnv.RIFT_SANDBOX);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prlimit = findExecutable('prlimit', hostEnv);
  const setpriv = isRoot ? findExecutable('setpriv', hostEnv) : null;
  if (!prlimit) logger.warn({ tool: 'prlimit' }, 'prlimit not found: sandboxed commands run without memory and process limits');
  if (isRoot && !setpriv) logger.warn({ tool: 'setpriv' }, 'setpriv not found: as root the process limit is not enforced');
  const dropTo = setpriv ? { setpriv, uid: options.sandboxUid ?? 65534 } : null;
  const limitPrefix = (o: SandboxRunOptions): string[] =>
    buildLimitPrefix({ memoryMb: o.memoryMb, maxProcesses: o.maxProcesses, prlimit, dropTo });

  const plan: Plan = {
    kind: 'none',
    bwrap: null,
    layout: computeHostLayout(hostEnv, options.hide ?? []),
    limitPrefix,
    unshareUser: !isRoot,
    hostEnv,
    userNet: null,
  };
  if (wanted === 'bwrap') {
    const bwrap = findExecutable('bwrap', hostEnv);
    const problem = bwrap ? await probe({ ...plan, kind: 'bwrap', bwrap }, false) : 'bwrap is not installed';
    if (!problem) return sandboxFor({ ...plan, kind: 'bwrap', bwrap, userNet: await checkUserNet({ ...plan, kind: 'bwrap', bwrap }, logger) });
    if (options.prefer === 'bwrap' || hostEnv.RIFT_SANDBOX === 'bwrap') {
      throw new Error(`RIFT_SANDBOX=bwrap but bubblewrap cannot run here: ${problem}`);
    }
    logger.warn(
      { problem },
      'BUBBLEWRAP UNAVAILABLE: repository commands run WITHOUT filesystem or network isolation (scrubbed environment and limits only); install bubblewrap',
    );
  } else {
    logger.warn({}, 'RIFT_SANDBOX=none: repository commands run WITHOUT filesystem or network isolation');
  }
  return sandboxFor(plan);
}

function parseChoice(value: string | undefined): 'bwrap' | 'none' {
  if (value === undefined || value === '' || value === 'bwrap') return 'bwrap';
  if (value === 'none') return 'none';
  throw new Error(`RIFT_SANDBOX must be "bwrap" or "none", not "${value}"`);
}

function sandboxFor(plan: Plan): Sandbox {
  return { kind: plan.kind, run: (command, opts) => runInPlan(plan, command, opts) };
}

/**
 * The install phase's network helper, when it is installed and works; else a loud warning, and
 * installs share the host's network (its loopback services included), as they did before.
 */
async function checkUserNet(plan: Plan, logger: Logger): Promise<UserNetSetup | null> {
  const setup = findUserNetSetup(plan.hostEnv);
  const problem = setup ? await probe({ ...plan, userNet: setup }, true) : 'slirp4netns is not installed';
  if (!problem) {
    if (!setup?.tools.nsenter || !setup.tools.ip) {
      logger.warn({ tool: 'nsenter/ip' }, 'nsenter or ip not found: dependency installs can reach services bound to the host\'s own addresses');
    }
    return setup;
  }
  logger.warn(
    { problem },
    'INSTALL NETWORK NOT ISOLATED: dependency installs share the host\'s network and can reach its loopback services (Postgres, Redis); install slirp4netns',
  );
  return null;
}

/** Runs `true` the way real commands run; returns what went wrong, or null when it works. */
async function probe(plan: Plan, network: boolean): Promise<string | null> {
  const workspace = await mkdtemp(join(tmpdir(), 'rift-probe-'));
  try {
    const result = await runInPlan(plan, 'true', {
      workspace,
      cwd: workspace,
      network,
      timeoutMs: 10_000,
      memoryMb: 1024,
      maxProcesses: 64,
      outputCapBytes: 4096,
    });
    return result.exitCode === 0 ? null : `exit ${result.exitCode}: ${result.output.trim().slice(0, 500)}`;
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

async function runInPlan(plan: Plan, command: string, opts: SandboxRunOptions): Promise<SandboxResult> {
  const { workspace, cwd } = await checkPaths(opts);
  const home = join(workspace, 'home');
  await mkdir(home, { recursive: true });
  const env = {
    ...buildSandboxEnv(plan.hostEnv, opts.env),
    HOME: home,
    TMPDIR: '/tmp',
    // The command may run as another uid than the one owning the clone; git must still read it.
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'safe.directory',
    GIT_CONFIG_VALUE_0: '*',
  };
  const argv = [...plan.limitPrefix(opts), 'sh', '-c', command];
  const limits = { timeoutMs: opts.timeoutMs, outputCapBytes: opts.outputCapBytes };
  if (plan.kind === 'none' || !plan.bwrap) {
    const [file, ...args] = argv;
    return runProcess(file, args, { env, cwd, ...limits });
  }
  const net = opts.network && plan.userNet ? prepareUserNetRun(plan.userNet, plan.unshareUser) : null;
  const bwrapInput = { layout: plan.layout, workspace, cwd, network: opts.network, unshareUser: plan.unshareUser, env, argv };
  const args = buildBwrapArgs({ ...bwrapInput, userNet: net?.bwrap });
  return runProcess(plan.bwrap, args, { env: LAUNCH_ENV, cwd: '/', ...limits, extraFds: net?.extraFds, onStarted: net?.onStarted });
}

/** The workspace must be a real, non-system directory and cwd must lie inside it. */
async function checkPaths(opts: SandboxRunOptions): Promise<{ workspace: string; cwd: string }> {
  if (!isAbsolute(opts.workspace) || !isAbsolute(opts.cwd)) throw new Error('sandbox workspace and cwd must be absolute paths');
  const workspace = await realpath(opts.workspace);
  const cwd = await realpath(opts.cwd);
  const rel = relative(workspace, cwd);
  if (rel.startsWith('..') || isAbsolute(rel)) throw new Error(`sandbox cwd ${cwd} is outside the workspace ${workspace}`);
  if (workspace.split('/').filter(Boolean).length < 2) throw new Error(`sandbox workspace ${workspace} is too close to /`);
  return { workspace, cwd };
}
