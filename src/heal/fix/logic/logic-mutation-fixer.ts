// LOGIC repair without an LLM: run the check once (its failing tests), localise the fault, then
// search single (then paired) mutations of the most suspicious lines for the smallest one that
// makes the tests pass. A search that found nothing is remembered with the code it searched, so
// the other failing tests of the same bug do not pay for it again.
import { createHash } from 'node:crypto';
import { localiseFault } from '../../localise/index.ts';
import type { Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { failureKey } from '../../verify/failure-key.ts';
import { lazyBaseline } from './check-run.ts';
import { searchConfidence } from './confidence.ts';
import type { LogicRunner } from './logic-runner.ts';
import { DEFAULT_MUTATION_BUDGET, searchRepair, type MutationBudget } from './search.ts';
import { declineReason, patchReason } from './search-report.ts';

export { DEFAULT_MUTATION_BUDGET, type MutationBudget } from './search.ts';

/** A fruitless search: the check and failures it was for, its reason, and the files it searched as they were. */
interface Fruitless {
  check: string;
  failures: string;
  reason: string;
  hashes: Map<string, string>;
}

// The fixer the registry adds when the pipeline hands it a runner.
export function logicMutationFixer(runner: LogicRunner, budget: Partial<MutationBudget> = {}): Fixer {
  const limits: MutationBudget = { ...DEFAULT_MUTATION_BUDGET, ...budget };
  const fruitless: Fruitless[] = [];
  return {
    name: 'logic-mutation',
    strategy: 'rule_first',
    bugTypes: ['LOGIC'],
    languages: ['python', 'javascript', 'typescript'],
    async fix(failure, workspace) {
      const deadline = Date.now() + limits.timeMs;
      const check = runner.check(failure.check);
      if (!check) return decline(`no check "${failure.check}" to run the tests with`);
      // The check's other LOGIC failures sharpen the localisation: run it once, and keep the result.
      const baseline = lazyBaseline(runner, check, workspace.root, limits.timeMs);
      const before = await baseline.get();
      if (before.passed) return decline(`\`${check.command}\` passes now: there is nothing to search for`);
      const failures = before.failures.filter((f) => f.bugType === 'LOGIC');
      const failureKeys = failures.map(failureKey).sort().join('\n');
      for (const known of fruitless.filter((f) => f.check === check.id && f.failures === failureKeys)) {
        if (sameHashes(known.hashes, await hashFiles([...known.hashes.keys()], workspace))) {
          return decline(`${known.reason} (searched earlier, for another failure of the same check and the same code)`);
        }
      }
      const localisation = await localiseFault({ failure, failures, check, runner, reader: workspace, timeoutMs: limits.timeMs / 2 });
      const files = [...new Set(localisation.ranked.map((r) => r.file))];

      const outcome = await searchRepair({ failure, check, runner, reader: workspace, localisation, baseline, budget: limits, deadline });
      if (!outcome.winner) {
        const reason = declineReason(outcome, localisation, limits);
        if (files.length > 0) fruitless.push({ check: check.id, failures: failureKeys, reason, hashes: await hashFiles(files, workspace) });
        return decline(reason);
      }
      const { candidate, kind, alternatives } = outcome.winner;
      const first = candidate.mutants[0];
      const line = lineAt(candidate.edits.find((e) => e.file === first.file)!.before, first.start);
      return {
        kind: 'patch',
        patch: {
          edits: candidate.edits,
          description: candidate.description,
          confidence: searchConfidence({ kind, rank: candidate.group, size: candidate.size, alternatives, pair: candidate.mutants.length > 1 }),
          reason: patchReason(outcome, localisation, first.file, line),
          line,
        },
      };
    },
  };
}

function decline(reason: string): FixResult {
  return { kind: 'decline', reason };
}

/** 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line += 1;
  return line;
}

// What the searched files hold now, to tell whether a remembered search still applies.
async function hashFiles(files: string[], workspace: WorkspaceReader): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of files) hashes.set(file, createHash('sha256').update((await workspace.readText(file)) ?? '').digest('hex'));
  return hashes;
}

function sameHashes(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([file, hash]) => b.get(file) === hash);
}
