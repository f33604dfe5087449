// The GitHub App: a routing table from webhook events to handlers (one per file in handlers/). Probot
// has checked the signature before any handler runs and answers GitHub only once the handler returns,
// so handlers stay thin: filter, guard, record the run in PostgreSQL, enqueue, answer. All healing
// happens in the worker.
import type { ApplicationFunction, Probot } from 'probot';
import type { HandlerDeps, RiftAppDeps } from './deps.ts';
import { createEdgeCache } from './edge-cache.ts';
import { onCheckRunCompleted } from './handlers/check-run-completed.ts';
import { onCheckSuiteCompleted } from './handlers/check-suite-completed.ts';
import { onIssueCommentCreated } from './handlers/issue-comment-created.ts';
import { onWorkflowRunCompleted } from './handlers/workflow-run-completed.ts';

export type { EdgeCacheSettings, RiftAppDeps } from './deps.ts';

/** The events the app subscribes to; app.yml's default_events must list exactly these. */
export const ROUTED_EVENTS = ['check_run', 'check_suite', 'issue_comment', 'workflow_run'] as const;

/** The Probot app function: registers one handler per routed event action. */
export function createRiftApp(deps: RiftAppDeps): ApplicationFunction {
  const cache = createEdgeCache(deps.redis, deps.logger, { keyPrefix: deps.edgeCache?.keyPrefix, localTtlMs: deps.edgeCache?.localTtlMs });
  const handlerDeps: HandlerDeps = { ...deps, cache };
  return (app: Probot) => {
    app.on('check_run.completed', onCheckRunCompleted(handlerDeps));
    app.on('check_suite.completed', onCheckSuiteCompleted(handlerDeps));
    app.on('workflow_run.completed', onWorkflowRunCompleted(handlerDeps));
    app.on('issue_comment.created', onIssueCommentCreated(handlerDeps));
  };
}
