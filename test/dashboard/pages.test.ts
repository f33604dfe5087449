// The pages and their files: each page is HTML with its script and a strict content security policy,
// scripts and the stylesheet come with their types, every module a page imports is served, and only
// the folder's own files are: unknown names and any path trick answer the JSON 404.
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR } from '../../src/dashboard/page-files.ts';
import { openTestDatabase, type TestDatabase } from '../helpers/test-db.ts';
import { openDashboard, type DashboardWorld } from './harness.ts';

const RUN = '7d9f3c2e-1b4a-4c8e-9f00-123456789abc';
let database: TestDatabase;
let world: DashboardWorld;

beforeAll(async () => {
  database = await openTestDatabase();
  world = await openDashboard(database.db);
});

afterAll(async () => {
  await world?.close();
  await database?.cleanup();
});

const get = (url: string) => world.app.inject({ method: 'GET', url });

describe('the pages', () => {
  it.each([
    ['/', '/static/runs-list.js'],
    [`/runs/${RUN}`, '/static/run-page.js'],
    [`/runs/${RUN}/replay`, '/static/replay.js'],
    ['/start', '/static/start-run.js'],
  ])('serves %s as HTML loading %s as a module, without a session', async (url, script) => {
    const response = await get(url);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toContain(`<script type="module" src="${script}"></script>`);
    expect(response.body).toContain('<link rel="stylesheet" href="/static/dashboard.css">');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('gives every page a viewport for phones, a labelled navigation and an alert area', async () => {
    for (const url of ['/', `/runs/${RUN}`, `/runs/${RUN}/replay`, '/start']) {
      const body = (await get(url)).body;

      expect(body).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(body).toContain('<nav aria-label="Main">');
      expect(body).toContain('<li id="nav-start-run"><a href="/start"');
      expect(body).toMatch(/id="error"[^>]*role="alert"/);
    }
  });

  it('labels every form field of the pages', async () => {
    for (const url of ['/', `/runs/${RUN}`, `/runs/${RUN}/replay`, '/start']) {
      const body = (await get(url)).body;
      const ids = [...body.matchAll(/<(?:input|select|textarea)\b[^>]*\bid="([^"]+)"/g)].map((match) => match[1]);

      for (const id of ids) expect(body, `${url}: a label for #${id}`).toContain(`<label for="${id}">`);
    }
  });
});

describe('/static/', () => {
  it('serves scripts as JavaScript and the stylesheet as CSS, never cached unchecked', async () => {
    const script = await get('/static/diff.js');
    const style = await get('/static/dashboard.css');

    expect(script.statusCode).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toBe(await readFile(join(PAGES_DIR, 'diff.js'), 'utf8'));
    expect(style.statusCode).toBe(200);
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(style.headers['cache-control']).toBe('no-cache');
    expect(style.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves every module the pages import, transitively', async () => {
    const seen = new Set<string>();
    const queue = ['runs-list.js', 'run-page.js', 'replay.js'];
    while (queue.length > 0) {
      const name = queue.shift()!;
      if (seen.has(name)) continue;
      seen.add(name);
      const response = await get(`/static/${name}`);

      expect(response.statusCode, name).toBe(200);
      for (const match of response.body.matchAll(/from '\.\/([\w-]+\.js)'/g)) queue.push(match[1]);
    }
    expect([...seen]).toEqual(expect.arrayContaining(['api.js', 'dom.js', 'format.js', 'diff.js', 'live.js', 'ask.js']));
  });

  it('ships scripts that parse as ES modules (node --check; no bundler stands between them and the browser)', async () => {
    const scripts = (await readdir(PAGES_DIR)).filter((name) => name.endsWith('.js'));

    for (const name of scripts) execFileSync(process.execPath, ['--check', join(PAGES_DIR, name)]);

    expect(scripts.length).toBeGreaterThanOrEqual(10);
  });

  it.each([
    '/static/no-such.js',
    '/static/diff.d.ts',
    '/static/index.html',
    '/static/../app.ts',
    '/static/..%2fapp.ts',
    '/static/%2e%2e%2fapp.ts',
    '/static/..%2f..%2fdashboard%2fapp.ts',
    '/static/%2e%2e%2f%2e%2e%2fpackage.json',
    '/static/',
  ])('answers %s with the JSON 404', async (url) => {
    const response = await get(url);

    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { message: 'not found' } });
  });
});
