// What made a run: the pull request (none for a dashboard run), the commit and the installation. The
// webhook handler, or the dashboard, stores it as the run's first execution trace (step 0, written with
// the run row in one statement), so a worker on any machine, or the reconciler after a Redis outage,
// has everything it needs from PostgreSQL alone. It holds the installation id, never a token.
import type { Knex } from 'knex';
import { z } from 'zod';
import { BadInputError } from '../errors/index.ts';
import { appendTrace, listTraces, type FirstStep } from '../store/index.ts';

export const TRIGGER_NODE = 'trigger';
export const TRIGGER_ACTION = 'heal_requested';

// What every trigger holds: the repository, the commit to heal and who asked for it.
const common = {
  installationId: z.number().int().positive(),
  owner: z.string().min(1),
  repo: z.string().min(1),
  /** repository.html_url: the run's repo_url. */
  repoHtmlUrl: z.string().min(1),
  headSha: z.string().regex(/^[0-9a-f]{40}$/),
  /** The branch healed: the pull request's head branch, or the default branch for a dashboard run. */
  headRef: z.string().min(1),
  /** The pull request's base branch (the default branch, usually): never pushed to. */
  baseRef: z.string().min(1),
  /** The head lives in another repository, which RIFT cannot push to: fixes go out as a patch. */
  fork: z.boolean(),
  /** owner/name of the head repository (the fork, or the same repository). */
  headRepoFullName: z.string().min(1),
  /** Who asked: the commenter, the author of the failing run's pull request, or the dashboard's signed-in user. */
  sender: z.string().min(1),
  commentId: z.number().int().positive().optional(),
  team: z.string().min(1),
  leader: z.string().min(1),
  maxIterations: z.number().int().positive().optional(),
};

// A webhook's run heals a pull request's head commit.
const pullRequestTriggerSchema = z.object({
  kind: z.enum(['check_run', 'comment']),
  pullNumber: z.number().int().positive(),
  ...common,
});

// A dashboard run heals the head of the default branch: there is no pull request (headRef = baseRef).
const dashboardTriggerSchema = z.object({
  kind: z.literal('dashboard'),
  /** Absent, always: declared so readers of any trigger may ask, and get undefined. */
  pullNumber: z.undefined().optional(),
  ...common,
  fork: z.literal(false),
});

const triggerSchema = z.discriminatedUnion('kind', [pullRequestTriggerSchema, dashboardTriggerSchema]);

/** A run on a pull request's head commit (a failing check run, or `/rift heal`). */
export type PullRequestTrigger = z.infer<typeof pullRequestTriggerSchema>;
/** A run on the default branch's head, started from the dashboard. */
export type DashboardTrigger = z.infer<typeof dashboardTriggerSchema>;
export type HealTrigger = PullRequestTrigger | DashboardTrigger;

/** The trigger as a run's step 0 (validated: a run is never stored with a trigger it cannot read). */
export function triggerStep(trigger: HealTrigger): FirstStep {
  return {
    agent_node: TRIGGER_NODE,
    action_type: TRIGGER_ACTION,
    action_label: triggerLabel(trigger),
    payload: triggerSchema.parse(trigger),
  };
}

// "acme/shop#12 at 1a2b3c4: /rift heal by @ada", or "acme/shop@main at 1a2b3c4: started from the dashboard by @ada".
function triggerLabel(trigger: HealTrigger): string {
  const at = `at ${trigger.headSha.slice(0, 7)}`;
  const where = `${trigger.owner}/${trigger.repo}`;
  if (trigger.kind === 'dashboard') return `${where}@${trigger.headRef} ${at}: started from the dashboard by @${trigger.sender}`;
  const what = trigger.kind === 'comment' ? `/rift heal by @${trigger.sender}` : 'a failing check run';
  return `${where}#${trigger.pullNumber} ${at}: ${what}`;
}

/** Stores the trigger as the step 0 of a run created without it; call inside the transaction that inserts the run. */
export async function recordTrigger(db: Knex, runId: string, trigger: HealTrigger): Promise<void> {
  await appendTrace(db, { run_id: runId, ...triggerStep(trigger) });
}

/** The run's trigger; a run without a valid one cannot be healed from a worker (BadInputError). */
export async function readTrigger(db: Knex, runId: string): Promise<HealTrigger> {
  const traces = await listTraces(db, runId);
  const stored = traces.find((t) => t.agent_node === TRIGGER_NODE && t.action_type === TRIGGER_ACTION);
  if (!stored) throw new BadInputError(`run ${runId} has no recorded trigger: it was not started by a webhook or the dashboard`);
  const parsed = triggerSchema.safeParse(stored.payload);
  if (!parsed.success) throw new BadInputError(`run ${runId} has an unreadable trigger: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
