// Real headless Chromium for the browser tests: Debian's `chromium` (scripts/setup.sh installs it)
// driven by playwright-core, and the few moves the tests repeat: sign in through GitHub (the stub),
// call the API from a page (its cookies, its origin), and save a full-page screenshot.
import { accessSync, constants, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { GitHubStub } from '../helpers/github-stub-server.ts';

/** Where the screenshots go (outputs/ is not committed). */
export const SCREENSHOT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'outputs', 'e2e');

/** The `chromium` executable on PATH; null when there is none. */
export function findChromium(pathVariable = process.env.PATH ?? ''): string | null {
  for (const dir of pathVariable.split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'chromium');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return null;
}

/** Signs `login` in from the runs page's button; GitHub (the stub) consents for them and sends the browser back. */
export async function signIn(page: Page, baseUrl: string, stub: GitHubStub, login: string): Promise<void> {
  stub.state.oauth.signInAs = login;
  await page.goto(`${baseUrl}/`);
  await page.getByRole('link', { name: 'Sign in with GitHub' }).click();
  await page.locator('#account strong', { hasText: login }).waitFor();
}

export interface PageAnswer {
  status: number;
  body: unknown;
  retryAfter: string | null;
}

/** GET `url`, or POST `body` as JSON with the CSRF token GET /api/me hands out, from inside the page. */
export function callApi(page: Page, url: string, body?: unknown): Promise<PageAnswer> {
  return page.evaluate(
    async ({ url, body }) => {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (body !== undefined) {
        const me = (await (await fetch('/api/me')).json()) as { csrfToken: string };
        headers['content-type'] = 'application/json';
        headers['x-csrf-token'] = me.csrfToken;
      }
      const response = await fetch(url, { method: body === undefined ? 'GET' : 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: await response.json().catch(() => null), retryAfter: response.headers.get('retry-after') };
    },
    { url, body },
  );
}

/** Saves a full-page screenshot as outputs/e2e/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
