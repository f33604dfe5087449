import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createRiftApp, ROUTED_EVENTS } from '../../src/webhooks/app.ts';

const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('app.yml', () => {
  it('subscribes to exactly the events the app routes', async () => {
    const manifest = parse(await read('app.yml'));

    expect([...manifest.default_events].sort()).toEqual([...ROUTED_EVENTS].sort());
  });

  it('asks for the least privilege, and never for workflows', async () => {
    const manifest = parse(await read('app.yml'));

    expect(manifest.default_permissions).toEqual({
      metadata: 'read',
      contents: 'write',
      checks: 'write',
      pull_requests: 'write',
      issues: 'write',
      actions: 'read',
    });
  });

  it('explains every permission and event with a comment', async () => {
    const lines = (await read('app.yml')).split('\n');
    const entries = lines.map((line, i) => ({ line, i })).filter(({ line }) => /^ {2}(- \w+|\w+: (read|write))$/.test(line));

    const uncommented = entries.filter(({ i }) => {
      let j = i - 1;
      while (j >= 0 && /^ {2}(- \w+)$/.test(lines[j])) j -= 1;
      return !lines[j].trim().startsWith('#');
    });

    expect(entries.length).toBeGreaterThanOrEqual(10);
    expect(uncommented.map(({ line }) => line)).toEqual([]);
  });
});

describe('.env.example', () => {
  it('lists every variable src/config/env.ts reads, each under a comment', async () => {
    const source = await read('src/config/env.ts');
    const schema = source.slice(source.indexOf('const envSchema'), source.indexOf('});', source.indexOf('const envSchema')));
    const variables = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
    const example = (await read('.env.example')).split('\n');

    const missing = variables.filter((name) => !example.some((line) => line.startsWith(`${name}=`)));

    expect(variables).toEqual(expect.arrayContaining(['APP_ID', 'WEBHOOK_SECRET', 'DATABASE_URL', 'REDIS_URL', 'PORT', 'WEBHOOK_PATH', 'RIFT_WORKER_CONCURRENCY']));
    expect(missing).toEqual([]);
    for (const name of variables) {
      let i = example.findIndex((line) => line.startsWith(`${name}=`)) - 1;
      while (i >= 0 && /^[A-Z][A-Z0-9_]*=/.test(example[i])) i -= 1;
      expect(example[i]?.startsWith('#'), `${name} has no comment above it`).toBe(true);
    }
  });
});

describe('createRiftApp', () => {
  it('routes exactly the events of ROUTED_EVENTS', async () => {
    const names: string[] = [];
    const app = { on: (name: string) => void names.push(name) };

    await createRiftApp({} as never)(app as never, { cwd: '.', addHandler: () => {} });

    expect([...new Set(names.map((name) => name.split('.')[0]))].sort()).toEqual([...ROUTED_EVENTS].sort());
  });
});
