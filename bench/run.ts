// `npm run bench`: heals every repository of the corpus with the real engine and prints, per bug type,
// classification accuracy, healed count, wall time, engine overhead and peak memory against the targets.
// A missed target is a finding (exit 0); a crash of the bench or the engine exits 1.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Knex } from 'knex';
import { healRun, prepareHeal } from '../src/heal/pipeline.ts';
import { protectedReason } from '../src/heal/verify/protected-paths.ts';
import { applyRuntimeFlags } from '../src/main/runtime-flags.ts';
import { createSandbox, type Sandbox } from '../src/heal/sandbox/index.ts';
import { silentLogger } from '../src/log.ts';
import { createMemoryState } from '../src/runtime/memory-state.ts';
import { closeDatabase, listTraces, openDatabase } from '../src/store/index.ts';
import { corpusCases, type BenchCase } from './corpus/index.ts';
import { baselineFailures, checkTimeMs, isClassifiedRight, type TraceRow } from './measure.ts';
import { startRssSampler } from './memory.ts';
import { writeRepo } from './repo.ts';
import { formatSummary, summarize, type CaseOutcome } from './summary.ts';
import { runIngressSection, type IngressSection } from './ingress.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Heals one case and measures it; an engine exception is returned as `error`, not thrown. */
async function runCase(c: BenchCase, db: Knex, sandbox: Sandbox, base: string): Promise<CaseOutcome> {
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
    overheadMs: 0,
    reported: [],
    unresolved: [],
    protectedTouched: [],
  };
  const started = performance.now();
  try {
    const healed = await healRun(
      await prepareHeal({ target: repo.dir, team: 'Bench Team', leader: 'Bench Lead', outputDir: path.join(base, 'outputs'), pdf: false }),
      { db, runtime: createMemoryState(), logger: silentLogger, sandbox, workRoot: path.join(base, 'work') },
    );
    outcome.wallMs = performance.now() - started;
    const traces = (await listTraces(db, healed.results.run_id)) as unknown as TraceRow[];
    const failures = baselineFailures(traces);
    outcome.classifiedRight = isClassifiedRight(failures, c.bug);
    outcome.reported = failures.map((f) => `${f.bugType ?? 'null'} ${f.file}:${f.line} (${f.code ?? f.tool})`);
    outcome.finalStatus = healed.results.final_status;
    outcome.healed = healed.results.final_status === 'PASSED';
    outcome.protectedTouched = protectedFilesTouched(repo.dir, healed.results.branch_name);
    outcome.checkMs = checkTimeMs(traces);
    outcome.overheadMs = Math.max(0, outcome.wallMs - outcome.checkMs);
    outcome.unresolved = (healed.results.unresolved ?? []).map((u) => `${u.bug_type ?? 'null'} ${u.file}:${u.line} ${u.message} -- ${u.reason}`);
    if (healed.results.failure_reason) outcome.unresolved.push(`failure_reason: ${healed.results.failure_reason}`);
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

/** Creates the PGlite folder in a child process; returns that process's peak RSS in bytes. */
function createEmbeddedDatabase(dir: string): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'create-db.ts'), dir], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`creating the embedded database failed: ${child.stderr}`);
  return Number(child.stdout.trim());
}

function describeCase(o: CaseOutcome): string {
  const verdict = `${o.classifiedRight ? 'classified' : 'MISCLASSIFIED'}, ${o.finalStatus}`;
  const lines = [`  ${o.name.padEnd(22)} ${verdict.padEnd(28)} wall ${(o.wallMs / 1000).toFixed(2)} s, checks ${(o.checkMs / 1000).toFixed(2)} s`];
  if (!o.classifiedRight) lines.push(`      baseline reported: ${o.reported.join('; ') || 'nothing'}`);
  if (!o.healed) for (const u of o.unresolved) lines.push(`      unresolved: ${u}`);
  if (o.error) lines.push(`      ERROR: ${o.error}`);
  return lines.join('\n');
}

/** The GitHub App's section: it needs PostgreSQL and Redis; without them it reports why it did not run. */
async function ingressSection(): Promise<IngressSection | { skipped: string }> {
  console.log('\nRIFT bench, ingress: the GitHub App under webhook load, and one worker process against two');
  try {
    const section = await runIngressSection();
    for (const t of section.targets) console.log(`${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.actual} (target ${t.goal})`);
    return section;
  } catch (error) {
    const skipped = (error as Error).message;
    console.log(`MISS  ingress: not measured: ${skipped}`);
    return { skipped };
  }
}

/** `npm run bench -- ingress` runs the ingress section alone. */
async function ingressOnly(): Promise<number> {
  const ingress = await ingressSection();
  writeFigures('ingress.json', { at: new Date().toISOString(), ingress });
  return 0;
}

// outputs/bench/<file>: the figures of the last run (latest.json for the whole bench).
function writeFigures(file: string, figures: object): void {
  const outDir = path.join(ROOT, 'outputs', 'bench');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, file), `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nfigures written to ${path.relative(process.cwd(), path.join(outDir, file))}`);
}

async function main(): Promise<number> {
  if (process.argv.slice(2).includes('ingress')) return ingressOnly();
  // The same V8 settings as the rift command, so the figures are the CLI's.
  applyRuntimeFlags();
  const base = mkdtempSync(path.join(tmpdir(), 'rift-bench-'));
  const pgliteDir = path.join(base, 'db');
  const creationRssBytes = process.env.DATABASE_URL ? null : createEmbeddedDatabase(pgliteDir);
  const sampler = startRssSampler(50);
  const db = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { pgliteDir });
  const outcomes: CaseOutcome[] = [];
  // What the process holds before any case: Node, tsx and the database (PGlite's WASM Postgres is large).
  const setupRssBytes = process.memoryUsage.rss();
  try {
    const sandbox = await createSandbox({ env: process.env, logger: silentLogger });
    const cases = corpusCases();
    console.log(`RIFT bench: ${cases.length} cases, sandbox ${sandbox.kind}, database ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}`);
    for (const c of cases) {
      const outcome = await runCase(c, db, sandbox, base);
      outcomes.push(outcome);
      console.log(describeCase(outcome));
    }
  } finally {
    await closeDatabase(db);
    sampler.stop();
    rmSync(base, { recursive: true, force: true });
  }
  // resourceUsage().maxRSS is in kilobytes.
  const summary = summarize(outcomes, sampler.peak(), process.resourceUsage().maxRSS * 1024);
  console.log(`\n${formatSummary(summary)}\nRSS after opening the database, before any case: ${(setupRssBytes / 1024 / 1024).toFixed(0)} MB`);
  if (creationRssBytes !== null) {
    console.log(`creating the embedded database (once per .rift/db, in its own process): peak ${(creationRssBytes / 1024 / 1024).toFixed(0)} MB`);
  }
  const ingress = await ingressSection();
  writeFigures('latest.json', { at: new Date().toISOString(), database: process.env.DATABASE_URL ? 'postgresql' : 'pglite', setupRssBytes, creationRssBytes, summary, cases: outcomes, ingress });
  return outcomes.some((o) => o.error) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
