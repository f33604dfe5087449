// One case of the bench: its repository written, healed by the real engine, and measured.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Knex } from 'knex';
import type { KnowledgeBase } from '../src/heal/fix/kb/types.ts';
import { healRun, prepareHeal } from '../src/heal/pipeline.ts';
import type { Sandbox } from '../src/heal/sandbox/index.ts';
import { protectedReason } from '../src/heal/verify/protected-paths.ts';
import { silentLogger } from '../src/log.ts';
import { createMemoryState } from '../src/runtime/memory-state.ts';
import { getRun, listTraces } from '../src/store/index.ts';
import type { LlmConfig } from '../src/llm/index.ts';
import type { BenchCase } from './corpus/index.ts';
import { kbUse } from './kb-use.ts';
import { baselineFailures, checkTimeMs, isClassifiedRight, verifyTimeMs, type TraceRow } from './measure.ts';
import { writeRepo } from './repo.ts';
import type { CaseOutcome } from './summary.ts';

/** What every case of one bench run shares. */
export interface CaseServices {
  db: Knex;
  sandbox: Sandbox;
  /** The temp folder repositories, outputs and work trees go under. */
  base: string;
  /** As the CLI would pass it: present when RIFT_KB (or its default for the database) turns it on. */
  knowledgeBase?: KnowledgeBase;
  /** The models (npm run bench --llm): the LLM strategies join in, and the run's cost is read back. */
  llm?: LlmConfig;
}

/** Heals one case and measures it; an engine exception is returned as `error`, not thrown. */
export async function runCase(c: BenchCase, services: CaseServices): Promise<CaseOutcome> {
  const { db, sandbox, base, knowledgeBase, llm } = services;
  const repo = writeRepo(base, c.files);
  const outcome: CaseOutcome = {
    name: c.name,
    kind: c.kind,
    bugType: c.bug.bugType,
    classifiedRight: false,
    healed: false,
    finalStatus: 'CRASHED',
    wallMs: 0,
    checkMs: 0,
    verifyMs: 0,
    overheadMs: 0,
    reported: [],
    unresolved: [],
    protectedTouched: [],
  };
  const started = performance.now();
  try {
    const healed = await healRun(
      await prepareHeal({ target: repo.dir, team: 'Bench Team', leader: 'Bench Lead', outputDir: path.join(base, 'outputs'), pdf: false }),
      { db, runtime: createMemoryState(), logger: silentLogger, sandbox, workRoot: path.join(base, 'work'), ...(knowledgeBase ? { knowledgeBase } : {}), ...(llm ? { llm } : {}) },
    );
    outcome.wallMs = performance.now() - started;
    const traces = (await listTraces(db, healed.results.run_id)) as unknown as TraceRow[];
    const failures = baselineFailures(traces);
    outcome.classifiedRight = isClassifiedRight(failures, c.bug);
    // The baseline's confirmation run reports each failure again.
    outcome.reported = [...new Set(failures.map((f) => `${f.bugType ?? 'null'} ${f.file}:${f.line} (${f.code ?? f.tool})`))];
    outcome.finalStatus = healed.results.final_status;
    outcome.healed = healed.results.final_status === 'PASSED';
    outcome.protectedTouched = protectedFilesTouched(repo.dir, healed.results.branch_name);
    outcome.checkMs = checkTimeMs(traces);
    outcome.verifyMs = verifyTimeMs(traces);
    outcome.overheadMs = Math.max(0, outcome.wallMs - outcome.checkMs);
    outcome.unresolved = (healed.results.unresolved ?? []).map((u) => `${u.bug_type ?? 'null'} ${u.file}:${u.line} ${u.message} -- ${u.reason}`);
    if (healed.results.failure_reason) outcome.unresolved.push(`failure_reason: ${healed.results.failure_reason}`);
    outcome.kb = kbUse(traces, healed.results.fixes);
    if (llm) outcome.llmCostUsd = (await getRun(db, healed.results.run_id))?.total_llm_cost_usd ?? 0;
  } catch (error) {
    outcome.wallMs = performance.now() - started;
    outcome.error = (error as Error).stack ?? String(error);
  } finally {
    repo.cleanup();
  }
  return outcome;
}

/** Files of the fix branch that no fix may change (tests, CI configuration, lockfiles), by the engine's own rule. */
function protectedFilesTouched(repoDir: string, branch: string): string[] {
  const changed = execFileSync('git', ['diff', '--name-only', `main...${branch}`], { cwd: repoDir, encoding: 'utf8' });
  return changed.split('\n').filter((file) => file !== '' && protectedReason(file) !== null);
}

/** The report's lines for one case: verdict and times, then what went wrong when something did. */
export function describeCase(o: CaseOutcome): string {
  const verdict = `${o.classifiedRight ? 'classified' : 'MISCLASSIFIED'}, ${o.finalStatus}`;
  const lines = [`  ${o.name.padEnd(22)} ${verdict.padEnd(28)} wall ${(o.wallMs / 1000).toFixed(2)} s, checks ${(o.checkMs / 1000).toFixed(2)} s`];
  if (!o.classifiedRight) lines.push(`      baseline reported: ${o.reported.join('; ') || 'nothing'}`);
  if (!o.healed) for (const u of o.unresolved) lines.push(`      unresolved: ${u}`);
  if (o.kb?.replayed) lines.push(`      knowledge base: ${o.kb.replayed} fix(es) replayed`);
  // A confirmed fix the knowledge base did not keep is why a second run would search again.
  const skipped = o.kb?.learnt?.skipped.filter((reason) => !reason.startsWith('replayed')) ?? [];
  if (skipped.length) lines.push(`      knowledge base: not learnt: ${skipped.join('; ')}`);
  if (o.error) lines.push(`      ERROR: ${o.error}`);
  return lines.join('\n');
}
