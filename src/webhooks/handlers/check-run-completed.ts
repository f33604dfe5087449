// A check run finished. On a fix branch it is CI of RIFT's own push: wake the worker waiting for it.
// On a pull request's head commit, failed, in a repository that opted in with `auto_heal: true`: heal.
// The common case asks GitHub nothing: rift.yml comes from the edge cache, the pull request from the
// check run's own list, the leader from rift.yml (or the remembered author). The guards that need the
// pull request's commits (the last ones all by bots; still open at this head) are the job's, before it
// reports anything (guards/check-run-heal-veto.ts), so a flood of failing checks costs the edge no calls.
import type { Context } from 'probot';
import { RiftError } from '../../errors/index.ts';
import { buildTrigger } from '../build-trigger.ts';
import { publishCiWake } from '../ci-wake.ts';
import type { HandlerDeps } from '../deps.ts';
import { isFixBranch, isOwnApp } from '../guards/own-events.ts';
import { cachedPullAuthor } from '../pull-author.ts';
import { findPullRequestForCommit, loadPullRequest, pullFromCheckRun, type PullRequestFacts, type PullRequestHead } from '../pull-request.ts';
import { cachedRepoSettings } from '../repo-settings.ts';
import { requestHeal } from '../request-heal.ts';
import { resolveTeamLeader } from '../team-leader.ts';

const FAILED = new Set(['failure', 'timed_out']);

/** check_run.completed: a wake for RIFT's own CI, a heal for an opted-in failing pull request head. */
export function onCheckRunCompleted(deps: HandlerDeps) {
  return async (context: Context<'check_run.completed'>): Promise<void> => {
    const { check_run: checkRun, repository, installation, sender } = context.payload;
    if (isOwnApp(deps.appId, checkRun.app)) return;
    const onFixBranch = isFixBranch(checkRun.check_suite?.head_branch);
    // Most check runs pass: they cost nothing more than this.
    if (!onFixBranch && !FAILED.has(checkRun.conclusion ?? '')) return;
    const log = deps.logger.child({ delivery: context.id, event: 'check_run', repo: repository.full_name, sha: checkRun.head_sha });
    const skip = (reason: string, fields: object = {}): void => log.info({ ...fields, reason }, 'check run not healed');
    if (onFixBranch) {
      const wake = { repoFullName: repository.full_name, sha: checkRun.head_sha, event: 'check_run', conclusion: checkRun.conclusion };
      await publishCiWake(deps.redis, log, wake);
      return;
    }
    if (!installation) return skip('the event names no installation');

    const settings = await cachedRepoSettings({
      cache: deps.cache,
      repoId: repository.id,
      load: () => context.config('rift.yml'),
      ttlSecs: deps.edgeCache?.settingsTtlSecs,
    });
    if (settings.status === 'invalid') return skip('rift.yml is invalid', { error: settings.error });
    if (settings.status === 'absent' || !settings.autoHeal) return skip('auto_heal is not on');

    const owner = repository.owner.login;
    const repo = repository.name;
    // The list can name pull requests of other repositories that share the commit (forks' bases); it
    // is empty for a head in a fork, which GitHub is asked about instead.
    const listed = checkRun.pull_requests.find((pull) => pull.head.sha === checkRun.head_sha && pull.base.repo.id === repository.id);
    let read: PullRequestFacts | undefined;
    let pull: PullRequestHead;
    if (listed) {
      pull = pullFromCheckRun(listed);
    } else {
      const pullNumber = await findPullRequestForCommit(context.octokit, owner, repo, checkRun.head_sha);
      if (pullNumber === null) return skip('the commit is no open pull request head');
      read = await loadPullRequest(context.octokit, owner, repo, pullNumber);
      pull = read;
    }
    // rift.yml's leader spares the author lookup; else the author is remembered per pull request.
    let author = read?.author;
    if (!settings.config.leader && author === undefined) {
      const found = await cachedPullAuthor(deps.cache, repository.id, pull.number, () => loadPullRequest(context.octokit, owner, repo, pull.number));
      author = found.author;
      read = found.pull;
    }
    if (read && (!read.open || read.headSha !== checkRun.head_sha)) return skip('the pull request moved on', { pull: pull.number });
    const { headRepoFullName } = pull;
    if (headRepoFullName === null) return skip('the head repository is gone', { pull: pull.number });

    const trigger = buildTrigger({
      kind: 'check_run',
      installationId: installation.id,
      repository,
      pull: { ...pull, headRepoFullName },
      // Who made the check run happen (the webhook's sender): the author is not known without a call.
      sender: sender.login,
      names: resolveTeamLeader({ config: settings.config, repoOwner: owner, prAuthor: author ?? '' }),
    });
    try {
      const { runId, created } = await requestHeal(deps, trigger);
      if (!created) return skip('a run of this commit is already active', { pull: pull.number, runId });
      log.info({ pull: pull.number, runId, fork: pull.fork }, 'heal queued');
    } catch (error) {
      if (error instanceof RiftError && error.action === 'give-up') return skip(error.message, { pull: pull.number });
      throw error;
    }
  };
}
