// Per-repository configuration: `.github/rift.yml`. Read by a pure parser so the CLI (file on
// disk) and the GitHub App (Probot's config loader) validate the same way.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { BadInputError } from '../errors/index.ts';
import { STRATEGIES, type Strategy } from '../heal/types.ts';

export const REPO_CONFIG_PATH = '.github/rift.yml';

export interface RepoConfig {
  team: string | null;
  leader: string | null;
  /** Healing iterations, 1..20 (5 by default). */
  retry_limit: number;
  /** When set, the checks to run, in order; detection is skipped. */
  ci_command: string[] | null;
  /** When set, the dependency installs to run, in order. */
  install_command: string[] | null;
  /** Heal automatically when CI fails (else only on `/rift heal`); off unless the repository opts in. */
  auto_heal: boolean;
  strategies: Strategy[];
  /** Globs of repository paths RIFT must not touch or scan. */
  ignore: string[];
  /** USD a run of this repository may spend on models; it can only lower the operator's LLM_BUDGET_USD. */
  llm_budget_usd: number | null;
}

const commandList = z
  .union([z.string().trim().min(1, 'must not be empty'), z.array(z.string().trim().min(1, 'must not hold an empty command')).min(1)])
  .transform((value) => (typeof value === 'string' ? [value] : value));

const name = z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters');

const schema = z.strictObject({
  team: name.optional(),
  leader: name.optional(),
  retry_limit: z.number().int('must be a whole number').min(1, 'must be at least 1').max(20, 'must be at most 20').optional(),
  ci_command: commandList.optional(),
  install_command: commandList.optional(),
  auto_heal: z.boolean().optional(),
  strategies: z.array(z.enum(STRATEGIES as [Strategy, ...Strategy[]])).min(1, 'must list at least one strategy').optional(),
  ignore: z.array(z.string().trim().min(1)).optional(),
  llm_budget_usd: z.number().min(0, 'must be 0 or more').optional(),
});

/** The configuration of a repository without `.github/rift.yml`. */
export function defaultRepoConfig(): RepoConfig {
  return {
    team: null,
    leader: null,
    retry_limit: 5,
    ci_command: null,
    install_command: null,
    auto_heal: false,
    strategies: [...STRATEGIES],
    ignore: [],
    llm_budget_usd: null,
  };
}

/** Validates an already-parsed config (e.g. from Probot's `context.config`); null/undefined means defaults. */
export function repoConfigFromObject(value: unknown): RepoConfig {
  if (value === null || value === undefined) return defaultRepoConfig();
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new BadInputError(`${REPO_CONFIG_PATH}: the file must be a mapping of settings (team, leader, retry_limit, ...)`);
  }
  const result = schema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const field = issue.path.length > 0 ? issue.path.join('.') : issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : 'file';
      return `${field}: ${issue.message}`;
    });
    throw new BadInputError(`${REPO_CONFIG_PATH} is invalid: ${problems.join('; ')}`);
  }
  const parsed = result.data;
  const defaults = defaultRepoConfig();
  return {
    team: parsed.team ?? defaults.team,
    leader: parsed.leader ?? defaults.leader,
    retry_limit: parsed.retry_limit ?? defaults.retry_limit,
    ci_command: parsed.ci_command ?? defaults.ci_command,
    install_command: parsed.install_command ?? defaults.install_command,
    auto_heal: parsed.auto_heal ?? defaults.auto_heal,
    strategies: parsed.strategies ? [...new Set(parsed.strategies)] : defaults.strategies,
    ignore: parsed.ignore ?? defaults.ignore,
    llm_budget_usd: parsed.llm_budget_usd ?? defaults.llm_budget_usd,
  };
}

/** Parses the text of `.github/rift.yml`; throws BadInputError naming the problem. */
export function parseRepoConfig(text: string): RepoConfig {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new BadInputError(`${REPO_CONFIG_PATH} is not valid YAML: ${reason}`, { cause: error });
  }
  return repoConfigFromObject(value);
}

/** Reads `.github/rift.yml` of a checkout; defaults when the file is absent. */
export async function loadRepoConfig(repoRoot: string): Promise<RepoConfig> {
  let text: string;
  try {
    text = await readFile(join(repoRoot, REPO_CONFIG_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaultRepoConfig();
    throw error;
  }
  return parseRepoConfig(text);
}
