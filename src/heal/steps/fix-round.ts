// One round of fixing (DESIGN.md section 6, step 4): the failure that hides the most others first,
// one at a time, each patch verified before the next; stale checks are run again before use.
import { updateFixStatus } from '../../store/index.ts';
import type { HealContext } from '../context.ts';
import { attemptKey, nextFailure, updateBoard } from '../check-board.ts';
import { attemptFix } from './attempt-fix.ts';
import { runOneCheck } from './run-all-checks.ts';

/** A bound on attempts per round, so a tool that reports ever-new failures cannot keep RIFT busy forever. */
const MAX_ATTEMPTS_PER_ROUND = 200;

/** Works through the board's failures; returns how many fixes were kept. */
export async function fixRound(ctx: HealContext): Promise<number> {
  const attempted = new Set<string>();
  let kept = 0;
  while (attempted.size < MAX_ATTEMPTS_PER_ROUND) {
    const failure = nextFailure(ctx.board, attempted);
    if (!failure) break;
    if (ctx.board.stale.has(failure.check)) {
      updateBoard(ctx.board, await runOneCheck(ctx, failure.check, 'A kept fix changed the code since this check last ran.'));
      continue;
    }
    attempted.add(attemptKey(failure));
    if (await attemptFix(ctx, failure)) kept += 1;
  }
  await flushBatches(ctx);
  return kept;
}

/** Commits the fixes held for batching and records their commits. */
async function flushBatches(ctx: HealContext): Promise<void> {
  for (const commit of await ctx.committer.flush()) {
    ctx.iterationCommits.push(commit);
    for (const fix of ctx.fixes.filter((f) => commit.fixIds.includes(f.fixId))) {
      fix.commitSha = commit.sha;
      fix.commitMessage = commit.message;
      await updateFixStatus(ctx.recorder.db, fix.fixId, 'applied', { commit_sha: commit.sha, commit_message: commit.message });
    }
    await ctx.recorder.step('commit', 'commit_batch', commit.message.split('\n')[0], { payload: { sha: commit.sha, fixes: commit.fixIds } });
  }
  await ctx.recorder.live('commit_count', ctx.committer.count);
}
