// Real bubblewrap: the guarantees of DESIGN.md section 7, checked from inside the sandbox.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSandbox, type Sandbox } from '../../../src/heal/sandbox/index.ts';
import { makeWorkspace, runOptions, SECRETS, type TempWorkspace } from './helpers.ts';

describe('bwrap sandbox', () => {
  let sandbox: Sandbox;
  let ws: TempWorkspace;

  beforeAll(async () => {
    // The secrets sit both in the environment passed in and in this very process's environment,
    // which a sandboxed command could otherwise read through /proc/<parent>/environ.
    for (const [name, value] of Object.entries(SECRETS)) vi.stubEnv(name, value);
    sandbox = await createSandbox({ env: { ...process.env, ...SECRETS }, prefer: 'bwrap' });
  });

  afterAll(() => {
    vi.unstubAllEnvs();
  });

  beforeEach(async () => {
    ws = await makeWorkspace();
  });

  afterEach(async () => {
    await ws.cleanup();
  });

  it('is a bubblewrap sandbox', () => {
    expect(sandbox.kind).toBe('bwrap');
  });

  it('lets the command reach its workspace through access(2), though its parent is private (mkdtemp 0700)', async () => {
    // node's existsSync is access(2) with the real uid, as vite's start-up check uses it.
    const result = await sandbox.run(`touch made && node -e "process.stdout.write(String(require('fs').existsSync(process.cwd() + '/made')))"`, runOptions(ws));

    expect(result.output.trim()).toBe('true');
  });

  it('shows no secret of the RIFT process, neither in env nor in any readable /proc/*/environ', async () => {
    const command = 'env; for f in /proc/[0-9]*/environ; do cat "$f" 2>/dev/null | tr "\\0" "\\n"; done; echo END';

    const result = await sandbox.run(command, runOptions(ws, { env: { CI: 'true' } }));

    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('CI=true');
    expect(result.output).toContain(`HOME=${ws.workspace}/home`);
    expect(result.output).toContain('END');
    for (const value of Object.values(SECRETS)) expect(result.output).not.toContain(value);
    for (const name of Object.keys(SECRETS)) expect(result.output).not.toContain(`${name}=`);
  });

  it('writes only inside the workspace', async () => {
    const outside = [join(ws.parent, 'escape'), '/etc/rift-escape', join(process.cwd(), 'rift-escape'), '/usr/rift-escape'];
    const command = [
      'echo ok > inside.txt && echo WROTE-INSIDE',
      ...outside.map((path) => `echo x > ${path} 2>/dev/null && echo WROTE-${path}`),
    ].join('; ');

    const result = await sandbox.run(command, runOptions(ws));

    expect(result.output).toContain('WROTE-INSIDE');
    expect(existsSync(join(ws.repo, 'inside.txt'))).toBe(true);
    // The workspace's parent lies in /tmp here, so a write there lands in the private /tmp: what
    // matters is that nothing reaches the host.
    for (const path of outside) expect(existsSync(path)).toBe(false);
    for (const path of outside.slice(1)) expect(result.output).not.toContain(`WROTE-${path}`);
  });

  it('has a private /tmp', async () => {
    const marker = join(tmpdir(), `rift-host-marker-${process.pid}`);
    await writeFile(marker, 'host');

    const result = await sandbox.run(`test -e ${marker} && echo SEES-HOST-TMP; echo x > /tmp/inner && echo TMP-WRITABLE`, runOptions(ws));

    expect(result.output).not.toContain('SEES-HOST-TMP');
    expect(result.output).toContain('TMP-WRITABLE');
    expect(existsSync('/tmp/inner')).toBe(false);
  });

  it('hides host credentials on disk', async () => {
    const result = await sandbox.run('cat /etc/shadow; ls -A /root/.ssh /root/.npmrc /root/.config 2>/dev/null; echo END', runOptions(ws));

    expect(result.output).not.toMatch(/^root:/m);
    expect(result.output).not.toMatch(/^\.npmrc|^gh$/m);
    expect(result.output).toContain('END');
  });

  describe('network', () => {
    let server: Server;
    let port = 0;
    beforeAll(async () => {
      server = createServer((socket) => {
        socket.on('error', () => {});
        socket.end('hello\n');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as { port: number }).port;
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    const connect = (p: () => number): string =>
      `python3 -c "import socket; s=socket.create_connection(('127.0.0.1', ${'${PORT}'}), timeout=3); print('CONNECTED')"`.replace(
        '${PORT}',
        String(p()),
      );

    it('is cut while checks run (a local server, Postgres and Redis are unreachable)', async () => {
      const ports = [port, 5432, 6379];
      const command = ports.map((p) => connect(() => p)).join('; ');

      const result = await sandbox.run(command, runOptions(ws, { network: false }));

      expect(result.output).not.toContain('CONNECTED');
      expect(result.exitCode).not.toBe(0);
    });

    it('keeps the host loopback out of reach during the install phase, with no helper left behind', async () => {
      const ports = [port, 5432, 6379];
      const command = `${ports.map((p) => connect(() => p)).join('; ')}; ip route; echo END`;

      const result = await sandbox.run(command, runOptions(ws, { network: true }));
      const helpers = await execa('pgrep', ['-P', String(process.pid), 'slirp4netns'], { reject: false });

      expect(result.output).toContain('END');
      expect(result.output).not.toContain('CONNECTED');
      expect(result.output).toContain('dev tap0');
      expect(result.output).toContain('unreachable 169.254.0.0/16');
      expect(helpers.stdout.trim()).toBe('');
    });

    it('reaches the package registry during the install phase (the one test that needs the internet)', { timeout: 120_000 }, async () => {
      // npm's update notice would otherwise join the output now and then.
      const env = { npm_config_update_notifier: 'false' };
      const result = await sandbox.run('npm view is-number version', runOptions(ws, { network: true, timeoutMs: 100_000, env }));

      expect(result.output.trim()).toMatch(/^\d+\.\d+\.\d+$/);
      expect(result.exitCode).toBe(0);
    });
  });

  it('kills the command and its children at the time limit', async () => {
    const command = `(sleep 2; echo late > ${ws.repo}/child-survived) & sleep 30`;

    const result = await sandbox.run(command, runOptions(ws, { timeoutMs: 500 }));
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    expect(result.timedOut).toBe(true);
    expect(result.killedBy).toBe('timeout');
    expect(result.exitCode).toBeNull();
    expect(result.durationMs).toBeLessThan(5_000);
    expect(existsSync(join(ws.repo, 'child-survived'))).toBe(false);
  });

  it('caps the output, keeping head and tail', async () => {
    const command = 'echo FIRST-LINE; seq 1 200000; echo LAST-LINE';

    const result = await sandbox.run(command, runOptions(ws, { outputCapBytes: 4_000 }));

    expect(result.truncated).toBe(true);
    expect(result.output.length).toBeLessThan(4_200);
    expect(result.output.startsWith('FIRST-LINE')).toBe(true);
    expect(result.output.trimEnd().endsWith('LAST-LINE')).toBe(true);
  });

  it('stops a process explosion at the process limit', async () => {
    // Bounded: tries 200 short-lived children; the limit lets only a few start.
    const script = [
      'import subprocess',
      'ok, failed = [], 0',
      'for _ in range(200):',
      '    try: ok.append(subprocess.Popen(["sleep", "1"]))',
      '    except OSError: failed += 1',
      'print("started", len(ok), "failed", failed)',
    ].join('\n');
    await writeFile(join(ws.repo, 'spawn.py'), script);

    const result = await sandbox.run('python3 spawn.py', runOptions(ws, { maxProcesses: 20 }));

    const match = /started (\d+) failed (\d+)/.exec(result.output);
    expect(match).not.toBeNull();
    expect(Number(match?.[1])).toBeLessThan(20);
    expect(Number(match?.[2])).toBeGreaterThan(150);
  });

  it('stops a process that exceeds the memory limit', async () => {
    const result = await sandbox.run(`python3 -c "b = bytearray(600 * 1024 * 1024); print('ALLOCATED')"`, runOptions(ws, { memoryMb: 256 }));

    expect(result.output).toContain('MemoryError');
    expect(result.output).not.toContain('ALLOCATED');
    expect(result.exitCode).not.toBe(0);
  });

  it('passes exit codes through', async () => {
    const result = await sandbox.run('exit 7', runOptions(ws));

    expect(result.exitCode).toBe(7);
    expect(result.timedOut).toBe(false);
  });

  it('runs python3 and node with the default limits', async () => {
    const result = await sandbox.run('python3 -c "print(6*7)" && node -e "console.log(6*8)"', runOptions(ws));

    expect(result.exitCode).toBe(0);
    expect(result.output).toBe('42\n48\n');
  });
});
