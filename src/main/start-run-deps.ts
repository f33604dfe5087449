// What the dashboard's POST /api/runs needs from the server process: the webhook edge's run store,
// Redis client and `agent-runs` queue (a dashboard run is claimed and queued like a webhook's), and
// RIFT's GitHub App through Probot. Wiring only.
import type { Probot } from 'probot';
import type { AppGitHub } from '../dashboard/app-installation.ts';
import type { StartRunDeps } from '../dashboard/routes/start-run-routes.ts';
import type { GitHubClient } from '../github/index.ts';
import type { Logger } from '../log.ts';
import type { ServerServices } from './services.ts';

/** The start-run dependencies of `rift serve`'s dashboard. */
export function startRunDeps(services: ServerServices, probot: Probot, logger: Logger): StartRunDeps {
  return {
    heal: { db: services.db, redis: services.edgeRedis, queue: services.runQueue, logger },
    app: probotAppGitHub(probot),
  };
}

/** Probot's clients: `auth()` signs as the app (a JWT), `auth(id)` as one installation (its token, cached). */
export function probotAppGitHub(probot: Probot): AppGitHub {
  // Probot's Octokit carries more plugins than GitHubClient names; the REST surface is the same.
  return {
    appClient: async () => (await probot.auth()) as unknown as GitHubClient,
    installationClient: async (installationId) => (await probot.auth(installationId)) as unknown as GitHubClient,
  };
}
