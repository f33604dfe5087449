// Probot's options from RIFT's parsed environment: a pure function of what it is given (the file reader
// is a parameter), like Probot's own readEnvOptions, so tests pass their own environment and key.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ProbotOctokit, type Logger, type Options } from 'probot';
import type { RiftEnv } from '../config/env.ts';
import { BadInputError } from '../errors/index.ts';
import { apiBaseUrl } from './api-base-url.ts';

export interface ProbotOptionsInput {
  /** The webhook secret is needed by the process that receives webhooks only (`rift serve`, not `rift worker`). */
  needsSecret: boolean;
  /** Probot's logger (RIFT's pino logger). */
  log?: Logger;
  /** Reads PRIVATE_KEY_PATH; node's readFileSync unless a test passes its own. */
  readFile?: (file: string) => string;
  /** Resolves a relative PRIVATE_KEY_PATH. */
  cwd?: string;
}

/** What RIFT hands `new Probot(...)`: always app id, key, base URL and Octokit; the secret for webhooks. */
export type RiftProbotOptions = Options & { appId: number; privateKey: string; baseUrl: string };

const PEM = /-----BEGIN (?:RSA )?PRIVATE KEY-----[\s\S]+-----END (?:RSA )?PRIVATE KEY-----/;

/** Probot's options; a missing or malformed APP_ID, key or secret is a BadInputError naming the variable. */
export function probotOptions(env: RiftEnv, input: ProbotOptionsInput): RiftProbotOptions {
  const options: RiftProbotOptions = {
    appId: appIdOf(env.APP_ID),
    privateKey: privateKeyOf(env, input.readFile ?? ((file) => readFileSync(file, 'utf8')), input.cwd ?? process.cwd()),
    // GHE_HOST/GHE_PROTOCOL reach every call Probot makes, token requests included.
    baseUrl: apiBaseUrl(env),
    Octokit: riftOctokit(apiBaseUrl(env)),
    ...(input.log ? { log: input.log } : {}),
  };
  if (input.needsSecret) {
    // Probot would fall back to the well-known "development": anyone could sign webhooks.
    if (!env.WEBHOOK_SECRET) throw new BadInputError('WEBHOOK_SECRET is not set: it must be the secret of the GitHub App’s webhook');
    options.secret = env.WEBHOOK_SECRET;
  }
  return options;
}

type OctokitOptions = NonNullable<ConstructorParameters<typeof ProbotOctokit>[0]>;
type AuthRequest = { defaults(options: { baseUrl: string }): unknown };

/**
 * ProbotOctokit whose app authentication asks `baseUrl` for tokens. Probot hands the auth strategy a
 * request without a base URL: tokens fetched on a request's way out go to the right host, but an
 * explicit `octokit.auth({ type: 'installation' })` (the job's token for git) would go to
 * api.github.com even on GitHub Enterprise.
 */
export function riftOctokit(baseUrl: string): typeof ProbotOctokit {
  return ProbotOctokit.defaults((options: OctokitOptions) => {
    const auth = options.auth as { request?: AuthRequest } | undefined;
    const request = auth?.request?.defaults({ baseUrl });
    return { ...options, userAgent: 'rift', ...(auth && request ? { auth: { ...auth, request } } : {}) };
  }) as typeof ProbotOctokit;
}

// The numeric id GitHub shows on the App's settings page.
function appIdOf(value: string | undefined): number {
  if (!value) throw new BadInputError('APP_ID is not set: it is the numeric id on the GitHub App’s settings page');
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new BadInputError(`APP_ID must be the App’s numeric id, not "${value}"`);
  return Number(value);
}

// PRIVATE_KEY as PEM text (literal "\n" allowed, as one-line env files need) or base64 of it; else PRIVATE_KEY_PATH.
function privateKeyOf(env: RiftEnv, readFile: (file: string) => string, cwd: string): string {
  if (env.PRIVATE_KEY) {
    const text = env.PRIVATE_KEY.includes('-----BEGIN') ? env.PRIVATE_KEY : Buffer.from(env.PRIVATE_KEY, 'base64').toString('utf8');
    const pem = PEM.exec(text.replace(/\\n/g, '\n'))?.[0];
    if (!pem) throw new BadInputError('PRIVATE_KEY is not a PEM private key (-----BEGIN ... PRIVATE KEY-----), nor base64 of one');
    return `${pem}\n`;
  }
  if (env.PRIVATE_KEY_PATH) {
    const file = path.resolve(cwd, env.PRIVATE_KEY_PATH);
    let text: string;
    try {
      text = readFile(file);
    } catch (err) {
      throw new BadInputError(`PRIVATE_KEY_PATH: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    }
    if (!PEM.test(text)) throw new BadInputError(`PRIVATE_KEY_PATH: ${file} holds no PEM private key`);
    return text;
  }
  throw new BadInputError('PRIVATE_KEY (or PRIVATE_KEY_PATH) is not set: it is the GitHub App’s private key (.pem)');
}
