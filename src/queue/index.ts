// The queue core's public surface: names, the run job, the worker, shutdown and the reconciler.
export * from './names.ts';
export * from './jobs.ts';
export * from './worker.ts';
export * from './signals.ts';
export { reconcileQueuedRuns } from './reconcile.ts';
export { listQueuedRunIds } from './queued-runs.ts';
export * from './pdf-export.ts';
