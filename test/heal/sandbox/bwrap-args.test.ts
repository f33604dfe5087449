import { describe, expect, it } from 'vitest';
import { buildBwrapArgs, parentsOnTmpfs } from '../../../src/heal/sandbox/bwrap-args.ts';
import { buildLimitPrefix } from '../../../src/heal/sandbox/limits.ts';

const layout = { hideDirs: ['/root', '/run'], hideFiles: ['/etc/shadow'], reexpose: ['/root/.pyenv'] };
const base = { layout, workspace: '/w/ws', cwd: '/w/ws/repo', unshareUser: false, env: { PATH: '/usr/bin' }, argv: ['sh', '-c', 'true'] };

describe('buildBwrapArgs', () => {
  it('mounts in an order where later mounts cover earlier ones', () => {
    const args = buildBwrapArgs({ ...base, network: false });

    const at = (flag: string, value: string): number => args.findIndex((a, i) => a === flag && args[i + 1] === value);
    expect(args.slice(0, 3)).toEqual(['--ro-bind', '/', '/']);
    expect(at('--tmpfs', '/root')).toBeLessThan(at('--ro-bind', '/root/.pyenv'));
    expect(at('--ro-bind', '/root/.pyenv')).toBeLessThan(at('--bind', '/w/ws'));
    expect(at('--bind', '/w/ws')).toBeLessThan(at('--remount-ro', '/root'));
    expect(args).toContain('--unshare-net');
    expect(args).toContain('--clearenv');
    expect(args.slice(-4)).toEqual(['--', 'sh', '-c', 'true']);
  });

  it('keeps the network for the install phase', () => {
    const args = buildBwrapArgs({ ...base, network: true });

    expect(args).not.toContain('--unshare-net');
    expect(args).toContain('--unshare-pid');
  });
});

describe('buildBwrapArgs with the install network helper', () => {
  const userNet = { infoFd: 3, blockFd: 4, resolvConfFd: 5, resolvConfPath: '/etc/resolv.conf' };

  it('gives the install phase its own network namespace, held until the helper is attached', () => {
    const args = buildBwrapArgs({ ...base, network: true, userNet });

    expect(args).toContain('--unshare-net');
    expect(args.join(' ')).toContain('--info-fd 3 --block-fd 4');
    expect(args.join(' ')).toContain('--ro-bind-data 5 /etc/resolv.conf');
    expect(args.indexOf('--ro-bind-data')).toBeGreaterThan(args.indexOf('/root/.pyenv'));
  });

  it('ignores the helper when checks run without network', () => {
    const args = buildBwrapArgs({ ...base, network: false, userNet });

    expect(args).toContain('--unshare-net');
    expect(args).not.toContain('--info-fd');
    expect(args).not.toContain('--ro-bind-data');
  });
});

describe('buildLimitPrefix', () => {
  it('sets data and process limits, then drops root to the sandbox uid', () => {
    const prefix = buildLimitPrefix({ memoryMb: 512, maxProcesses: 64, prlimit: '/usr/bin/prlimit', dropTo: { setpriv: '/usr/bin/setpriv', uid: 65534 } });

    expect(prefix.slice(0, 5)).toEqual(['/usr/bin/prlimit', '--nproc=64', `--data=${512 * 1024 * 1024}`, '--core=0', '--']);
    expect(prefix).toContain('--reuid=65534');
    expect(prefix.at(-1)).toBe('--');
  });

  it('is empty without prlimit and without a uid to drop to', () => {
    expect(buildLimitPrefix({ memoryMb: 512, maxProcesses: 64, prlimit: null, dropTo: null })).toEqual([]);
  });
});

describe('parents of the workspace on a tmpfs', () => {
  it('lists them outermost first, only below a mount point', () => {
    expect(parentsOnTmpfs('/tmp/a/b/ws', ['/tmp', '/root'])).toEqual(['/tmp/a', '/tmp/a/b']);
    expect(parentsOnTmpfs('/work/x/ws', ['/tmp'])).toEqual([]);
  });

  it('makes them traversable before the workspace is bound', () => {
    const args = buildBwrapArgs({ ...base, network: false, workspace: '/tmp/a/ws', cwd: '/tmp/a/ws/repo' });

    const dir = args.indexOf('/tmp/a');
    expect(args.slice(dir - 3, dir + 1)).toEqual(['--perms', '0755', '--dir', '/tmp/a']);
    expect(dir).toBeLessThan(args.indexOf('--bind'));
  });
});
