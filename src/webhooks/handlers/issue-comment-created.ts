// `/rift heal` on a pull request: seen at once (a reaction), honoured only from people with write
// access, and answered with a reply whenever it does not start a run.
import type { Context } from 'probot';
import { RiftError } from '../../errors/index.ts';
import { buildTrigger } from '../build-trigger.ts';
import type { HandlerDeps } from '../deps.ts';
import { lastCommitsAllByBots } from '../guards/bot-commits.ts';
import { iterationLimitError } from '../guards/iterations.ts';
import { isBotSender } from '../guards/own-events.ts';
import { canTriggerHeal } from '../guards/write-permission.ts';
import { parseHealCommand } from '../parse-heal-command.ts';
import { loadPullRequest } from '../pull-request.ts';
import {
  alreadyRunningReply,
  botCommitsReply,
  cannotHealReply,
  commitChecksUrl,
  iterationLimitReply,
  malformedCommandReply,
  notAllowedReply,
} from '../replies.ts';
import { rememberPullAuthor } from '../pull-author.ts';
import { cachedRepoSettings, configOf } from '../repo-settings.ts';
import { requestHeal } from '../request-heal.ts';
import { reactToComment, replyOnPullRequest } from '../respond.ts';
import { resolveTeamLeader } from '../team-leader.ts';

/** issue_comment.created: `/rift heal` from a writer queues a run; anything else refused gets a reply. */
export function onIssueCommentCreated(deps: HandlerDeps) {
  return async (context: Context<'issue_comment.created'>): Promise<void> => {
    const { comment, issue, repository, installation, sender } = context.payload;
    if (!issue.pull_request || isBotSender(sender) || isBotSender(comment.user)) return;
    const parsed = parseHealCommand(comment.body);
    if (parsed.kind === 'none') return;

    const log = deps.logger.child({ delivery: context.id, event: 'issue_comment', repo: repository.full_name, pull: issue.number });
    if (!installation) return log.warn('heal command without installation; ignored');
    const { octokit } = context;
    const target = { owner: repository.owner.login, repo: repository.name, number: issue.number };
    const user = sender.login;
    const refuse = async (body: string, reason: string): Promise<void> => {
      log.info({ user, reason }, 'heal command refused');
      await replyOnPullRequest(octokit, target, body);
    };

    try {
      await reactToComment(octokit, target, comment.id, 'eyes');
    } catch (err) {
      // The reaction is a courtesy: the command is honoured without it.
      log.warn({ err }, 'reaction on the heal command failed');
    }
    if (!(await canTriggerHeal(octokit, target.owner, target.repo, user))) return refuse(notAllowedReply(user), 'no write access');
    if (parsed.kind === 'invalid') return refuse(malformedCommandReply(user, parsed.error), parsed.error);
    const { command } = parsed;
    const iterationError = iterationLimitError(command.maxIterations);
    if (iterationError) return refuse(iterationLimitReply(user, iterationError), iterationError);

    const pull = await loadPullRequest(octokit, target.owner, target.repo, target.number);
    const { headRepoFullName } = pull;
    if (!pull.open) return refuse(cannotHealReply(user, 'this pull request is closed.'), 'closed');
    if (headRepoFullName === null) return refuse(cannotHealReply(user, 'the head repository of this pull request is gone.'), 'head repository gone');
    if (await lastCommitsAllByBots(octokit, { owner: target.owner, repo: target.repo, pullNumber: target.number, commitCount: pull.commits })) {
      return refuse(botCommitsReply(user), 'last commits all by bots');
    }

    await rememberPullAuthor(deps.cache, repository.id, pull.number, pull.author);
    // Read now, not from the cache: whoever asks may just have edited rift.yml. The cache is refreshed.
    const settings = await cachedRepoSettings({
      cache: deps.cache,
      repoId: repository.id,
      load: () => context.config('rift.yml'),
      ttlSecs: deps.edgeCache?.settingsTtlSecs,
      fresh: true,
    });
    if (settings.status === 'invalid') log.info({ error: settings.error }, 'rift.yml is invalid; using default names');
    const trigger = buildTrigger({
      kind: 'comment',
      installationId: installation.id,
      repository,
      pull: { ...pull, headRepoFullName },
      sender: user,
      commentId: comment.id,
      names: resolveTeamLeader({ command, config: configOf(settings), repoOwner: target.owner, prAuthor: pull.author }),
      ...(command.maxIterations !== undefined ? { maxIterations: command.maxIterations } : {}),
    });
    let result;
    try {
      result = await requestHeal(deps, trigger);
    } catch (error) {
      if (error instanceof RiftError && error.action === 'give-up') return refuse(cannotHealReply(user, error.message), error.message);
      throw error;
    }
    if (!result.created) {
      const run = { runId: result.runId, headSha: pull.headSha, checksUrl: commitChecksUrl(repository.html_url, pull.headSha) };
      return refuse(alreadyRunningReply(user, run), 'a run of this commit is already active');
    }
    log.info({ user, runId: result.runId, fork: pull.fork }, 'heal queued');
  };
}
