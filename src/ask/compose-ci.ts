// Retrieval answers about what failed: a CI iteration (its status, failing checks, regressions,
// rollbacks, flakiness) or, with no iteration named, the failures RIFT started from.
import type { StepDocument } from './documents.ts';
import type { CiEventFacts, FixFacts, RunFacts } from './types.ts';
import { listFixes } from './compose-fixes.ts';
import { clause, shortSha, type Writer } from './writer.ts';

const MAX_FAILURES = 5;

/** One CI iteration: its status, the checks that failed and how, regressions and rollbacks. */
export function describeIteration(event: CiEventFacts, docs: readonly StepDocument[], w: Writer): void {
  const own = docs.filter((doc) => doc.ciEventId === event.event_id);
  const opened = own.find((doc) => doc.action === 'ci_run');
  const closed = own.find((doc) => doc.action === 'ci_passed' || doc.action === 'ci_failed');
  w.paragraph();
  const counts = event.failures_before !== null && event.failures_after !== null ? `: ${event.failures_before} failure(s) before it, ${event.failures_after} after` : '';
  w.say(`CI iteration ${event.iteration} ${event.status}${counts}${w.cite(opened, closed)}.`);
  const failing = own.filter((doc) => doc.action === 'run_check' && doc.failures.length > 0);
  for (const check of failing) w.say(`${clause(check.label)}: ${failuresText(check)}${w.cite(check)}.`);
  if (event.status === 'passed' && failing.length === 0) w.say('Every check passed.');
  if (event.regression_detected) {
    const added = event.new_failures?.length ? `: ${event.new_failures.slice(0, MAX_FAILURES).map(readableKey).join('; ')}` : '';
    w.say(`A regression was detected (a check that passed before failed)${added}.`);
  }
  for (const revert of own.filter((doc) => doc.action === 'revert')) w.say(`A fix was rolled back: ${clause(revert.thought || revert.label)}${w.cite(revert)}.`);
  if (event.rollback_triggered && !own.some((doc) => doc.action === 'revert')) w.say(`A rollback was made (${shortSha(event.rollback_commit_sha)}).`);
  for (const flaky of own.filter((doc) => doc.action === 'flaky_detected')) w.say(`Flaky: ${clause(flaky.thought || flaky.label)}${w.cite(flaky)}.`);
}

/** With no iteration named: the failing CI iterations, else the failures found before any change; then fixes not kept. */
export function describeFailures(run: RunFacts, events: readonly CiEventFacts[], fixes: readonly FixFacts[], docs: readonly StepDocument[], w: Writer): void {
  const failed = events.filter((event) => event.status === 'failed');
  for (const event of failed) describeIteration(event, docs, w);
  if (failed.length === 0) {
    const baseline = baselineChecks(docs);
    if (baseline.length > 0) w.say('Before RIFT changed anything, these checks failed:');
    for (const check of baseline) w.say(`\n- ${clause(check.label)}: ${failuresText(check)}${w.cite(check)}`);
    if (events.length > 0 && events.every((event) => event.status === 'passed')) {
      const last = events[events.length - 1];
      w.paragraph();
      w.say(`CI iteration ${last.iteration} then passed${w.cite(docs.find((doc) => doc.ciEventId === last.event_id && doc.action !== 'run_check'))}.`);
    }
  }
  const notKept = fixes.filter((fix) => fix.status === 'failed' || fix.status === 'rolled_back');
  if (notKept.length > 0) listFixes(notKept, docs, w);
  if (run.quarantine_reason) {
    w.paragraph();
    w.say(`The run was quarantined: ${clause(run.quarantine_reason)}.`);
  }
}

// The checks that failed before the first fix was planned, each check once.
function baselineChecks(docs: readonly StepDocument[]): StepDocument[] {
  const firstPlan = docs.find((doc) => doc.node === 'plan' || doc.node === 'fix')?.id ?? Infinity;
  const seen = new Set<string>();
  return docs.filter((doc) => {
    if (doc.id >= firstPlan || doc.action !== 'run_check' || doc.failures.length === 0 || seen.has(doc.label)) return false;
    seen.add(doc.label);
    return true;
  });
}

// A stored failure key (src/heal/verify/failure-key.ts) in words: the test, else the file and message.
function readableKey(key: string): string {
  const [check, file, ...rest] = key.split('|');
  if (file === 'test') return rest.slice(1).join('|') || rest[0] || key;
  if (file === 'unplaced') return `${check} failed with nothing parsed`;
  const [code, ...message] = rest;
  return `${file}: ${[code, message.join('|')].filter(Boolean).join(' ')}`;
}

function failuresText(check: StepDocument): string {
  const shown = check.failures.slice(0, MAX_FAILURES).join('; ');
  return check.failures.length > MAX_FAILURES ? `${shown}; …` : shown;
}
