// POST /api/runs: the dashboard's "start a run" (issue 7; the endpoint that triggers the agent). A run
// started here heals the head of the repository's default branch, with no pull request: it is claimed
// and queued exactly as a webhook's run is (requestHeal, one run per commit), and reported in the RIFT
// check run and a fix pull request into the default branch. Behind sign-in and CSRF (api-routes.ts);
// only users with write access to the repository may start one.
import type { FastifyInstance } from 'fastify';
import { requestHeal, type RequestHealDeps } from '../../webhooks/request-heal.ts';
import type { DashboardTrigger } from '../../webhooks/trigger.ts';
import { defaultBranchHead, installationIdOf, type AppGitHub, type DefaultBranchHead } from '../app-installation.ts';
import type { DashboardContext } from '../context.ts';
import { HttpError } from '../http-error.ts';
import type { Viewer } from '../session.ts';
import { parseStartRunBody, type StartRunInput } from '../start-run-input.ts';

/** What starting a run needs beyond the dashboard's own stores (wired by src/main/server.ts). */
export interface StartRunDeps {
  /** The run store, Redis, the `agent-runs` queue and a logger: the webhook edge's own. */
  heal: RequestHealDeps;
  /** RIFT's GitHub App: where it is installed, and its installations' clients. */
  app: AppGitHub;
}

/** The answer: the run (created, or the active run of the same commit) and its page. */
export interface StartRunReply {
  run_id: string;
  created: boolean;
  url: string;
}

/** Registers POST /runs (use under the /api prefix). */
export function startRunRoutes(ctx: DashboardContext) {
  return async (api: FastifyInstance): Promise<void> => {
    api.post('/runs', async (request, reply) => {
      if (!ctx.startRun) throw new HttpError(503, 'starting runs is not available: this dashboard is not connected to RIFT’s GitHub App');
      const input = parseStartRunBody(request.body, ctx.config.webOrigin);
      const viewer = request.viewer!;
      const { repository } = input;
      const access = await ctx.access.accessTo(viewer, repository);
      // No access answers as an unknown repository does: a private repository's existence is not told.
      if (access === 'none') throw new HttpError(404, `repository ${repository.fullName} not found`);
      if (access === 'read') throw new HttpError(403, `you need write access to ${repository.fullName} to start a run`);
      const { app, heal } = ctx.startRun;
      const installationId = await installationIdOf(app, repository, ctx.logger);
      if (installationId === null) throw new HttpError(404, `RIFT is not installed on ${repository.fullName}`);
      const head = await defaultBranchHead(await app.installationClient(installationId), repository, ctx.logger);
      const result = await requestHeal(heal, dashboardTrigger(input, installationId, head, viewer));
      ctx.logger.info({ runId: result.runId, created: result.created, repo: repository.fullName, sender: viewer.login }, 'run started from the dashboard');
      const body: StartRunReply = { run_id: result.runId, created: result.created, url: `/runs/${result.runId}` };
      return reply.code(202).send(body);
    });
  };
}

// The stored trigger of a dashboard run: the default branch's head, no pull request, never a fork.
function dashboardTrigger(input: StartRunInput, installationId: number, head: DefaultBranchHead, viewer: Viewer): DashboardTrigger {
  return {
    kind: 'dashboard',
    installationId,
    owner: head.owner,
    repo: head.repo,
    repoHtmlUrl: head.htmlUrl,
    headSha: head.sha,
    headRef: head.branch,
    baseRef: head.branch,
    fork: false,
    headRepoFullName: `${head.owner}/${head.repo}`,
    sender: viewer.login,
    team: input.team,
    leader: input.leader,
    maxIterations: input.retryLimit,
  };
}
