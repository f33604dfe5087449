// The knowledge base learns only what CI confirmed: fixes still applied at the end whose check passes
// on the final board, and in server mode only when GitHub's CI did not disagree. A failure to learn
// is logged and never fails the run.
import { recordConfirmedPatterns } from '../fix/kb/record-patterns.ts';
import type { HealContext } from '../context.ts';
import type { FinalStatus } from '../types.ts';

/** Stores a pattern per confirmed fix; the outcome goes to the trace. */
export async function learnConfirmedFixes(ctx: HealContext, status: FinalStatus, githubDecided: boolean): Promise<void> {
  if (githubDecided && status !== 'PASSED') return;
  const confirmed = ctx.fixes.filter((fix) => fix.status === 'applied' && ctx.board.results.get(fix.failure.check)?.passed === true);
  if (confirmed.length === 0) return;
  try {
    const learnt = await recordConfirmedPatterns(ctx.recorder.db, { runId: ctx.runId, fixes: confirmed, reader: ctx.reader });
    await ctx.recorder.step('report', 'learn_fixes', `knowledge base: ${learnt.recorded.length} new pattern(s), ${learnt.known.length} known`, {
      payload: learnt,
      thought: 'Fixes CI confirmed are kept as patterns, so the same bug is replayed in milliseconds next time.',
    });
  } catch (err) {
    ctx.logger.warn({ err }, 'knowledge base could not learn the fixes');
  }
}
