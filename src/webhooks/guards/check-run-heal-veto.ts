// The guards of a check_run trigger that need GitHub, run by the job rather than the webhook edge: the
// edge answers a failing check from the payload alone (handlers/check-run-completed.ts), so the job
// checks, before it reports anything on the pull request, that healing it is still wanted.
import type { GitHubClient } from '../../github/index.ts';
import { loadPullRequest } from '../pull-request.ts';
import type { HealTrigger } from '../trigger.ts';
import { lastCommitsAllByBots } from './bot-commits.ts';

/**
 * Why the run of a check_run trigger must not heal after all, or null when it may. Comment triggers
 * passed these guards at the edge already, and a dashboard run has no pull request to ask about (null
 * for both, without asking GitHub). GitHub failures come back typed (callGitHub).
 */
export async function checkRunHealVeto(octokit: GitHubClient, trigger: HealTrigger): Promise<string | null> {
  if (trigger.kind !== 'check_run') return null;
  const { owner, repo, pullNumber } = trigger;
  const pull = await loadPullRequest(octokit, owner, repo, pullNumber);
  if (!pull.open) return `pull request #${pullNumber} is closed`;
  if (pull.headSha !== trigger.headSha) return `pull request #${pullNumber} moved on from ${trigger.headSha.slice(0, 7)} to ${pull.headSha.slice(0, 7)}`;
  if (pull.headRepoFullName === null) return `the head repository of pull request #${pullNumber} is gone`;
  if (await lastCommitsAllByBots(octokit, { owner, repo, pullNumber, commitCount: pull.commits })) {
    return `the last commits of pull request #${pullNumber} are all by bots, so another automation owns its branch`;
  }
  return null;
}
