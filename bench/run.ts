// `npm run bench`: heals every repository of the corpus with the real engine and prints, per bug type,
// classification accuracy, healed count, wall time, engine overhead and peak memory against the targets,
// then heals the LOGIC cases a second time with the knowledge base the first pass taught.
// `npm run bench -- logic [name...]` runs the LOGIC cases alone (both passes); `-- ingress` the GitHub App's section;
// `npm run bench --llm` the LOGIC cases by the configured models (bench/llm-section.ts).
// A missed target is a finding (exit 0); a crash of the bench or the engine exits 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kbEnabled } from '../src/heal/fix/kb/kb-flag.ts';
import { storeKnowledgeBase } from '../src/heal/fix/kb/store-knowledge-base.ts';
import { applyRuntimeFlags } from '../src/main/runtime-flags.ts';
import { createSandbox } from '../src/heal/sandbox/index.ts';
import { silentLogger } from '../src/log.ts';
import { closeDatabase, openDatabase } from '../src/store/index.ts';
import { corpusCases, type BenchCase } from './corpus/index.ts';
import { logicCases } from './corpus/logic-cases.ts';
import { startRssSampler } from './memory.ts';
import { formatWarmPass, runWarmPass, type WarmPass } from './logic-warm.ts';
import { describeCase, runCase } from './run-case.ts';
import { formatSummary, logicTargets, summarize, type CaseOutcome } from './summary.ts';
import { runIngressSection, type IngressSection } from './ingress.ts';
import { formatLlmSection, runLlmSection } from './llm-section.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Creates the PGlite folder in a child process; returns that process's peak RSS in bytes. */
function createEmbeddedDatabase(dir: string): number {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench', 'create-db.ts'), dir], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`creating the embedded database failed: ${child.stderr}`);
  return Number(child.stdout.trim());
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

/** `npm run bench --llm`: the LOGIC corpus by the configured models alone, or why it was skipped. */
async function llmOnly(): Promise<number> {
  applyRuntimeFlags();
  const base = mkdtempSync(path.join(tmpdir(), 'rift-bench-llm-'));
  const db = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { pgliteDir: path.join(base, 'db') });
  try {
    const sandbox = await createSandbox({ env: process.env, logger: silentLogger });
    const section = await runLlmSection({ db, sandbox, base });
    console.log(`\n${formatLlmSection(section)}`);
    writeFigures('llm.json', { at: new Date().toISOString(), ...('skipped' in section ? section : { figures: section.figures, cases: section.outcomes }) });
    return 'outcomes' in section && section.outcomes.some((o) => o.error) ? 1 : 0;
  } finally {
    await closeDatabase(db);
    rmSync(base, { recursive: true, force: true });
  }
}

/**
 * `npm run bench --llm` never reaches the script as an argument: npm 11 reads `--llm` as its own
 * shorthands -l -l -m (long, message) and passes them as npm_config_long=true and npm_config_message=''.
 * That pair is the only trace of it; `npm run bench -- --llm` passes the flag itself.
 */
function askedForLlm(env: NodeJS.ProcessEnv): boolean {
  return env.npm_config_llm === 'true' || (env.npm_config_long === 'true' && env.npm_config_message === '');
}

/** The cases of this run: the whole corpus, or the LOGIC cases (those whose names contain one of `names`, if any). */
function selectCases(logicOnly: boolean, names: string[]): BenchCase[] {
  if (!logicOnly) return corpusCases();
  const cases = logicCases();
  return names.length ? cases.filter((c) => names.some((n) => c.name.includes(n))) : cases;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('ingress')) return ingressOnly();
  if (args.includes('--llm') || askedForLlm(process.env)) return llmOnly();
  const logicOnly = args.includes('logic');
  // The same V8 settings as the rift command, so the figures are the CLI's.
  applyRuntimeFlags();
  // The knowledge base as the CLI decides it (RIFT_KB, default on for the embedded database); a bad value is refused first.
  const withKb = kbEnabled(process.env, { embedded: !process.env.DATABASE_URL });
  const base = mkdtempSync(path.join(tmpdir(), 'rift-bench-'));
  const pgliteDir = path.join(base, 'db');
  const creationRssBytes = process.env.DATABASE_URL ? null : createEmbeddedDatabase(pgliteDir);
  const sampler = startRssSampler(50);
  const db = await openDatabase(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : { pgliteDir });
  const outcomes: CaseOutcome[] = [];
  let warm: WarmPass | { skipped: string } = { skipped: 'the first pass did not finish' };
  // What the process holds before any case: Node, tsx and the database (PGlite's WASM Postgres is large).
  const setupRssBytes = process.memoryUsage.rss();
  try {
    const sandbox = await createSandbox({ env: process.env, logger: silentLogger });
    const services = { db, sandbox, base, ...(withKb ? { knowledgeBase: storeKnowledgeBase(db) } : {}) };
    const cases = selectCases(logicOnly, args.filter((a) => a !== 'logic'));
    const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite';
    console.log(`RIFT bench: ${cases.length} cases, sandbox ${sandbox.kind}, database ${database}, knowledge base ${withKb ? 'on' : 'off'}`);
    for (const c of cases) {
      const outcome = await runCase(c, services);
      outcomes.push(outcome);
      console.log(describeCase(outcome));
    }
    warm = await runWarmPass(cases, outcomes, services);
  } finally {
    await closeDatabase(db);
    sampler.stop();
    rmSync(base, { recursive: true, force: true });
  }
  // resourceUsage().maxRSS is in kilobytes.
  const full = summarize(outcomes, sampler.peak(), process.resourceUsage().maxRSS * 1024);
  // Alone, the LOGIC cases are judged by their own targets: the other sections have no case to judge.
  const summary = logicOnly ? { ...full, targets: logicTargets(outcomes) } : full;
  console.log(`\n${formatSummary(summary)}\nRSS after opening the database, before any case: ${(setupRssBytes / 1024 / 1024).toFixed(0)} MB`);
  if (creationRssBytes !== null) {
    console.log(`creating the embedded database (once per .rift/db, in its own process): peak ${(creationRssBytes / 1024 / 1024).toFixed(0)} MB`);
  }
  console.log(`\n${formatWarmPass(warm)}`);
  const warmCases = 'cases' in warm ? warm.cases : [];
  const figures = {
    at: new Date().toISOString(),
    database: process.env.DATABASE_URL ? 'postgresql' : 'pglite',
    knowledgeBase: withKb,
    setupRssBytes,
    creationRssBytes,
    summary,
    cases: outcomes,
    warm: 'summary' in warm ? warm.summary : warm,
    warmCases,
  };
  if (logicOnly) writeFigures('logic.json', figures);
  else writeFigures('latest.json', { ...figures, ingress: await ingressSection() });
  return [...outcomes, ...warmCases].some((o) => o.error) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
