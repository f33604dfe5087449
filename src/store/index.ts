// The store's public surface: open the database, the models, and the queries of each table.
export { openDatabase, closeDatabase, createKnex, type DatabaseOptions } from './db.ts';
export { migrateLatest, migrateRollbackAll } from './migrate.ts';
export * from './models/index.ts';
export * from './queries/runs.ts';
export * from './queries/fixes.ts';
export * from './queries/ci-events.ts';
export * from './queries/execution-traces.ts';
export * from './queries/strategy-weights.ts';
export * from './queries/benchmark-scores.ts';
export * from './strategy-weights-math.ts';
export { canTransition, isTerminalStatus } from './run-status.ts';
export { InvalidRunTransitionError, RecordNotFoundError } from './errors.ts';
export * from './types.ts';
export * from './queries/run-attempts.ts';
export * from './queries/fix-patterns.ts';
export * from './queries/run-listing.ts';
