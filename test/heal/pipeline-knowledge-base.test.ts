// The knowledge base through the loop: a run learns the fixes CI confirmed, and the next run that
// meets the same bugs replays them (kb_lookup) before any other strategy is asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HealOutcome } from '../../src/heal/pipeline.ts';
import { storeKnowledgeBase } from '../../src/heal/fix/kb/store-knowledge-base.ts';
import { listFixes, listTraces } from '../../src/store/index.ts';
import { makeRepo, type TestRepo } from '../helpers/git-repo.ts';
import { createHealHarness, type HealHarness } from '../helpers/heal-harness.ts';
import { openScratchDatabase } from '../helpers/test-db.ts';
import { pythonTwoBugs } from '../helpers/broken-repos.ts';

// A database of its own: the knowledge base must start empty, whatever other tests taught theirs.
let scratch: Awaited<ReturnType<typeof openScratchDatabase>>;
let harness: HealHarness & { db: typeof scratch.db };
let first: HealOutcome;
let second: HealOutcome;
const repos: TestRepo[] = [];

beforeAll(async () => {
  scratch = await openScratchDatabase({ migrate: true });
  harness = { ...createHealHarness(scratch.db), db: scratch.db };
  const knowledgeBase = storeKnowledgeBase(harness.db);
  // Two repositories with the same two bugs: the second is healed from what the first taught.
  repos.push(makeRepo(pythonTwoBugs()), makeRepo(pythonTwoBugs()));
  first = await harness.heal(repos[0].dir, {}, { knowledgeBase });
  second = await harness.heal(repos[1].dir, {}, { knowledgeBase });
}, 180_000);

afterAll(async () => {
  for (const repo of repos) repo.cleanup();
  await harness.cleanup();
  await scratch.cleanup();
});

describe('the knowledge base in the loop', () => {
  it('learns one pattern per fix CI confirmed', async () => {
    const learnt = (await listTraces(harness.db, first.results.run_id)).find((t) => t.action_type === 'learn_fixes');
    const payload = learnt?.payload as { recorded: string[]; known: string[] } | undefined;
    const applied = (await listFixes(harness.db, first.results.run_id)).filter((f) => f.status === 'applied');

    expect(first.results.final_status).toBe('PASSED');
    expect(payload!.recorded.sort()).toEqual(applied.map((f) => f.fix_id).sort());
    expect(applied).toHaveLength(2);
  });

  it('replays them in the next run with the same bugs, with the same fix lines', async () => {
    const fixes = await listFixes(harness.db, second.results.run_id);

    expect(second.results.final_status).toBe('PASSED');
    expect(second.results.fixes.filter((f) => f.status === 'applied').map((f) => f.strategy)).toEqual(['kb_lookup', 'kb_lookup']);
    expect(fixes.every((f) => f.kb_match === true || f.status !== 'applied')).toBe(true);
    expect(second.results.fixes.map((f) => f.fix_line)).toEqual(first.results.fixes.map((f) => f.fix_line));
  });
});
