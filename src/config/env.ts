// The process environment, parsed once. A pure function of the environment it is given, so tests
// pass their own instead of mutating process.env.
import { z } from 'zod';
import { BadInputError } from '../errors/index.ts';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

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
