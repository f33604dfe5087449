// The dashboard's pages: static HTML, ES modules and one stylesheet in ./pages, read once at start-up and
// served from memory (no bundler, no build step). Only these files exist for the routes: a name that is
// not a key of the map is a 404, whatever dots or slashes it carries.
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One file as it is served. */
export interface PageFile {
  body: Buffer;
  contentType: string;
}

export const PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Every servable file of the folder by name; type declarations for the tests (.d.ts) stay out. */
export async function loadPageFiles(dir = PAGES_DIR): Promise<Map<string, PageFile>> {
  const files = new Map<string, PageFile>();
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const type = TYPES[extname(entry.name)];
    if (!entry.isFile() || !type || entry.name.endsWith('.d.ts')) continue;
    files.set(entry.name, { body: await readFile(join(dir, entry.name)), contentType: type });
  }
  return files;
}
