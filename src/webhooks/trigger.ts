// What made a run: the pull request, the commit and the installation. The webhook handler stores it as
// the run's first execution trace (step 0, written with the run row in one statement), so a worker on any
// machine, or the reconciler after a Redis outage, has everything it needs from PostgreSQL alone.
// It holds the installation id, never a token.
import type { Knex } from 'knex';
import { z } from 'zod';
import { BadInputError } from '../errors/index.ts';
import { appendTrace, listTraces, type FirstStep } from '../store/index.ts';

export const TRIGGER_NODE = 'trigger';
export const TRIGGER_ACTION = 'heal_requested';

const triggerSchema = z.object({
  kind: z.enum(['check_run', 'comment']),
  installationId: z.number().int().positive(),
  owner: z.string().min(1),
  repo: z.string().min(1),
  /** repository.html_url: the run's repo_url. */
  repoHtmlUrl: z.string().min(1),
  pullNumber: z.number().int().positive(),
  headSha: z.string().regex(/^[0-9a-f]{40}$/),
  headRef: z.string().min(1),
  /** The pull request's base branch (the default branch, usually): never pushed to. */
  baseRef: z.string().min(1),
  /** The head lives in another repository, which RIFT cannot push to: fixes go out as a patch. */
  fork: z.boolean(),
  /** owner/name of the head repository (the fork, or the same repository). */
  headRepoFullName: z.string().min(1),
  /** Who asked: the commenter, or the author of the failing run's pull request. */
  sender: z.string().min(1),
  commentId: z.number().int().positive().optional(),
  team: z.string().min(1),
  leader: z.string().min(1),
  maxIterations: z.number().int().positive().optional(),
});

export type HealTrigger = z.infer<typeof triggerSchema>;

/** The trigger as a run's step 0 (validated: a run is never stored with a trigger it cannot read). */
export function triggerStep(trigger: HealTrigger): FirstStep {
  const what = trigger.kind === 'comment' ? `/rift heal by @${trigger.sender}` : 'a failing check run';
  return {
    agent_node: TRIGGER_NODE,
    action_type: TRIGGER_ACTION,
    action_label: `${trigger.owner}/${trigger.repo}#${trigger.pullNumber} at ${trigger.headSha.slice(0, 7)}: ${what}`,
    payload: triggerSchema.parse(trigger),
  };
}

/** Stores the trigger as the step 0 of a run created without it; call inside the transaction that inserts the run. */
export async function recordTrigger(db: Knex, runId: string, trigger: HealTrigger): Promise<void> {
  await appendTrace(db, { run_id: runId, ...triggerStep(trigger) });
}

/** The run's trigger; a run without a valid one cannot be healed from a worker (BadInputError). */
export async function readTrigger(db: Knex, runId: string): Promise<HealTrigger> {
  const traces = await listTraces(db, runId);
  const stored = traces.find((t) => t.agent_node === TRIGGER_NODE && t.action_type === TRIGGER_ACTION);
  if (!stored) throw new BadInputError(`run ${runId} has no recorded trigger: it was not started by a webhook`);
  const parsed = triggerSchema.safeParse(stored.payload);
  if (!parsed.success) throw new BadInputError(`run ${runId} has an unreadable trigger: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}
