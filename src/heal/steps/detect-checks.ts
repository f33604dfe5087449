// Finds what the repository's CI runs (DESIGN.md section 6, step 2) and records it; a repository
// with nothing to run is bad input, named as such.
import { loadRepoConfig, type RepoConfig } from '../../config/repo-config.ts';
import { BadInputError } from '../../errors/index.ts';
import { detectChecks } from '../detect/index.ts';
import type { Recorder } from '../record/recorder.ts';
import type { Check, InstallStep } from '../types.ts';

export interface DetectedChecks {
  config: RepoConfig;
  checks: Check[];
  installs: InstallStep[];
}

/** Loads .github/rift.yml and detects the checks; throws BadInputError when there is none. */
export async function detectRepoChecks(recorder: Recorder, repoRoot: string): Promise<DetectedChecks> {
  const config = await loadRepoConfig(repoRoot);
  const { checks, installs, notes } = await detectChecks(repoRoot, config);
  await recorder.step('detect', 'detect_checks', `found ${checks.length} check(s): ${checks.map((c) => c.command).join(', ') || 'none'}`, {
    payload: { checks, installs, notes },
    thought: checks.length
      ? `Checks come from ${[...new Set(checks.map((c) => c.source))].join(' and ')}; installs run first, with network.`
      : 'Nothing in the workflows, the conventions or .github/rift.yml says what to run.',
  });
  if (checks.length === 0) {
    throw new BadInputError('No checks found: no workflow run steps, no tests or linters by convention, and no ci_command in .github/rift.yml.');
  }
  return { config, checks, installs };
}
