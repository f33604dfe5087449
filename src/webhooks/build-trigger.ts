// Assembles the stored trigger of a pull request's run (src/webhooks/trigger.ts) from what a handler has learnt.
import type { PullRequestHead } from './pull-request.ts';
import type { TeamLeader } from './team-leader.ts';
import type { PullRequestTrigger } from './trigger.ts';

export interface TriggerParts {
  kind: PullRequestTrigger['kind'];
  installationId: number;
  repository: { owner: { login: string }; name: string; html_url: string };
  /** An open pull request whose head repository still exists. */
  pull: PullRequestHead & { headRepoFullName: string };
  sender: string;
  commentId?: number;
  names: TeamLeader;
  maxIterations?: number;
}

/** The trigger of a run on the pull request's head commit. */
export function buildTrigger(parts: TriggerParts): PullRequestTrigger {
  const { pull } = parts;
  return {
    kind: parts.kind,
    installationId: parts.installationId,
    owner: parts.repository.owner.login,
    repo: parts.repository.name,
    repoHtmlUrl: parts.repository.html_url,
    pullNumber: pull.number,
    headSha: pull.headSha,
    headRef: pull.headRef,
    baseRef: pull.baseRef,
    fork: pull.fork,
    headRepoFullName: pull.headRepoFullName,
    sender: parts.sender,
    ...(parts.commentId !== undefined ? { commentId: parts.commentId } : {}),
    team: parts.names.team,
    leader: parts.names.leader,
    ...(parts.maxIterations !== undefined ? { maxIterations: parts.maxIterations } : {}),
  };
}
