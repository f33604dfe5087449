// Settings for the knex CLI, from the same parsed environment as the app: DATABASE_URL, else the
// embedded PGlite of `rift heal` in ./.rift/db. Knex's CLI cannot load TypeScript in an ES-module
// project by itself, so run it through tsx:
//   npx tsx node_modules/knex/bin/cli.js --knexfile knexfile.ts migrate:latest
// The app itself migrates from code when it opens the database (src/store/db.ts).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readEnv } from './src/config/env.ts';
import { knexConfig } from './src/store/knex-config.ts';

const env = readEnv();
const pgliteDir = join(process.cwd(), '.rift', 'db');
// PGlite creates its own folder but not the parents.
if (!env.DATABASE_URL) mkdirSync(pgliteDir, { recursive: true });

export default knexConfig({ databaseUrl: env.DATABASE_URL, pgliteDir });
