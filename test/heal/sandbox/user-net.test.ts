import { describe, expect, it } from 'vitest';
import { blockedRoutes, buildSlirpArgs, isWaitingOnFd, parseChildPid, slirpResolvConf } from '../../../src/heal/sandbox/user-net.ts';

describe('buildSlirpArgs', () => {
  it('cuts the host loopback and joins the user namespace only when there is one', () => {
    const asRoot = buildSlirpArgs({ pid: 42, inUserNamespace: false });
    const asUser = buildSlirpArgs({ pid: 42, inUserNamespace: true });

    expect(asRoot).toContain('--disable-host-loopback');
    expect(asRoot.slice(-2)).toEqual(['42', 'tap0']);
    expect(asRoot.some((a) => a.startsWith('--userns-path'))).toBe(false);
    expect(asUser).toContain('--userns-path=/proc/42/ns/user');
  });
});

describe('parseChildPid', () => {
  it('reads the pid from bwrap --info-fd JSON, also when it arrives in pieces', () => {
    expect(parseChildPid('{\n    "child-pid": 1234\n}\n')).toBe(1234);
    expect(parseChildPid('{\n    "child-')).toBeNull();
  });
});

describe('isWaitingOnFd', () => {
  it('recognises read(4, buf, 1) and nothing else', () => {
    expect(isWaitingOnFd('0 0x4 0x7ffd4a3c 0x1 0x0 0x0 0x0 0x7ffd 0x7f12\n', 4)).toBe(true);
    expect(isWaitingOnFd('63 0x4 0x7ffd4a3c 0x1 0x0 0x0 0x0 0x7ffd 0x7f12\n', 4)).toBe(true);
    expect(isWaitingOnFd('0 0x3 0x7ffd4a3c 0x1 0x0 0x0 0x0 0x7ffd 0x7f12\n', 4)).toBe(false);
    expect(isWaitingOnFd('running\n', 4)).toBe(false);
  });
});

describe('blockedRoutes', () => {
  it("refuses the host's own IPv4 addresses and link-local, not loopback or slirp's network", () => {
    const addresses = [
      { address: '127.0.0.1', family: 'IPv4', internal: true },
      { address: '192.0.2.2', family: 'IPv4', internal: false },
      { address: '172.17.0.1', family: 'IPv4', internal: false },
      { address: '10.0.2.15', family: 'IPv4', internal: false },
      { address: 'fd00::2', family: 'IPv6', internal: false },
    ];

    expect(blockedRoutes(addresses)).toEqual([
      'route add unreachable 192.0.2.2/32',
      'route add unreachable 172.17.0.1/32',
      'route add unreachable 169.254.0.0/16',
    ]);
  });
});

describe('slirpResolvConf', () => {
  it("points at slirp's DNS forwarder and keeps search and options", () => {
    const host = 'nameserver 127.0.0.53\nsearch corp.example\noptions edns0 trust-ad\n# comment\n';

    expect(slirpResolvConf(host)).toBe('nameserver 10.0.2.3\nsearch corp.example\noptions edns0 trust-ad\n');
  });
});
