// The process environment, parsed once. A pure function of the environment it is given, so tests
// pass their own instead of mutating process.env.
import { z } from 'zod';
import { BadInputError } from '../errors/index.ts';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** A whole number within [min, max], `fallback` when unset; the message names the range, not zod's jargon. */
function wholeNumber<F extends number | undefined>(fallback: F, min: number, max = Number.MAX_SAFE_INTEGER) {
  return optionalText
    .refine((value) => value === undefined || (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max), {
      message: `must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}`,
    })
    .transform((value): number | F => (value === undefined ? fallback : Number(value)));
}

const envSchema = z.object({
  DATABASE_URL: optionalText,
  REDIS_URL: optionalText,
  OUTPUT_DIR: optionalText.transform((value) => value ?? 'outputs'),
  RIFT_SANDBOX: optionalText.pipe(z.enum(['bwrap', 'none']).optional()),
  RIFT_WORK_DIR: optionalText,
  APP_ID: optionalText,
  PRIVATE_KEY: optionalText,
  PRIVATE_KEY_PATH: optionalText,
  WEBHOOK_SECRET: optionalText,
  GHE_HOST: optionalText,
  GHE_PROTOCOL: optionalText,
  LLM_PROVIDER: optionalText,
  LLM_BASE_URL: optionalText,
  LLM_API_KEY: optionalText,
  LLM_MODEL: optionalText,
  LOG_LEVEL: optionalText,
  // --- server mode (`rift serve`, `rift worker`) ---
  /** Port of `rift serve`'s HTTP server; 0 lets the system choose (tests). */
  PORT: wholeNumber(3000, 0, 65_535),
  /** Interface it listens on; every interface when unset. */
  HOST: optionalText,
  /** Where GitHub posts webhooks (the app's webhook URL path). */
  WEBHOOK_PATH: optionalText
    .transform((value) => value ?? '/api/github/webhooks')
    .refine((value) => value.startsWith('/'), { message: 'must be a URL path starting with "/"' }),
  /** Runs each worker process heals at once. */
  RIFT_WORKER_CONCURRENCY: wholeNumber(1, 1, 64),
  /** BullMQ key prefix: several RIFT installations (or tests) can share one Redis. */
  RIFT_QUEUE_PREFIX: optionalText.transform((value) => value ?? 'bull'),
  /** How long a worker waits for the repository's CI on a pushed fix commit (unset: the job's defaults). */
  RIFT_CI_POLL_MS: wholeNumber(undefined, 100),
  RIFT_CI_APPEAR_TIMEOUT_MS: wholeNumber(undefined, 0),
  RIFT_CI_FINISH_TIMEOUT_MS: wholeNumber(undefined, 1000),
  /**
   * How long a worker holds a job without renewing its lock; a worker that dies loses the job after
   * this and another takes it up (also how often stalled jobs are looked for). BullMQ's 30 s unset.
   */
  RIFT_JOB_LOCK_MS: wholeNumber(undefined, 1000),
  // --- dashboard (served by `rift serve` when sign-in is configured; src/dashboard/config.ts checks them) ---
  /** The GitHub App's OAuth client id and secret: sign-in with GitHub. Both unset: no dashboard. */
  GITHUB_CLIENT_ID: optionalText,
  GITHUB_CLIENT_SECRET: optionalText,
  /** Signs the dashboard's cookies; at least 32 characters. */
  RIFT_SESSION_SECRET: optionalText,
  /** Where users reach RIFT (https://rift.example.com): the OAuth redirect URI and secure cookies. */
  RIFT_PUBLIC_URL: optionalText,
  /** How long a sign-in lasts, in seconds (8 h unset). */
  RIFT_SESSION_TTL_SECS: optionalText,
  /** Dashboard requests per minute per client IP (120 unset). */
  RIFT_RATE_LIMIT: optionalText,
  /** Which proxies in front of RIFT to believe about the client IP (X-Forwarded-For): true, or their addresses. */
  RIFT_TRUST_PROXY: optionalText,
});

export type RiftEnv = z.infer<typeof envSchema>;

/** Parses the variables RIFT reads; a bad value is the user's to fix, so it is a BadInputError. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): RiftEnv {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new BadInputError(`Invalid environment: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** The two stores a server process cannot run without (DESIGN.md 3: the server requires DATABASE_URL). */
export interface ServerStores {
  databaseUrl: string;
  redisUrl: string;
}

/** DATABASE_URL and REDIS_URL for `rift serve`/`rift worker`; a BadInputError names whichever is missing. */
export function requireServerStores(env: RiftEnv, command: string): ServerStores {
  const missing = [env.DATABASE_URL ? null : 'DATABASE_URL (PostgreSQL, the system of record)', env.REDIS_URL ? null : 'REDIS_URL (Redis, the queue)'];
  const named = missing.filter((item): item is string => item !== null);
  if (named.length > 0) throw new BadInputError(`rift ${command} needs ${named.join(' and ')}; set it in the environment or .env`);
  return { databaseUrl: env.DATABASE_URL!, redisUrl: env.REDIS_URL! };
}
