// Retrieval answers about fixes: why one was made (the failure, the reason, the verification, its
// commit or rollback) and which were made, each fact cited to the step that recorded it.
import { formatFixLine } from '../report/fix-line.ts';
import type { StepDocument } from './documents.ts';
import type { FixFacts } from './types.ts';
import { clause, shortSha, type Writer } from './writer.ts';

const VERDICTS = ['patch_verified', 'patch_rejected', 'reject_patch'];
const COMMITS = ['commit', 'commit_batch'];

/** The fix line of a fix row. */
export function fixLineOf(fix: FixFacts): string {
  return formatFixLine({ bugType: fix.bug_type, file: fix.file_path, line: fix.line_number, fixDescription: fix.fix_description });
}

/** The steps of one fix: its proposal, its verdict, its commit, and the revert of that commit. */
export function stepsOfFix(fix: FixFacts, docs: readonly StepDocument[]) {
  const linked = docs.filter((doc) => doc.fixIds.includes(fix.fix_id));
  return {
    propose: linked.find((doc) => doc.action === 'propose_patch'),
    verdict: linked.find((doc) => VERDICTS.includes(doc.action)),
    commit: linked.find((doc) => COMMITS.includes(doc.action)),
    revert: fix.commit_sha ? docs.find((doc) => doc.action === 'revert' && doc.details.includes(fix.commit_sha!)) : undefined,
  };
}

/** Why a fix was made and what became of it. */
export function explainFix(fix: FixFacts, docs: readonly StepDocument[], w: Writer): void {
  const steps = stepsOfFix(fix, docs);
  w.paragraph();
  const by = [fix.model_used ? `by ${fix.model_used}` : '', fix.confidence_score !== null ? `confidence ${Math.round(fix.confidence_score * 100)}%` : ''].filter(Boolean).join(', ');
  w.say(`${fixLineOf(fix)}${by ? ` (${by})` : ''}.`);
  w.say(`The failure: ${clause(fix.description)}${w.cite(steps.propose)}.`);
  if (steps.propose?.thought) w.say(`Why this change: ${clause(steps.propose.thought)}${w.cite(steps.propose)}.`);
  if (steps.verdict) {
    const verdict = steps.verdict.action === 'patch_verified' ? 'Verified' : 'Not kept';
    w.say(`${verdict}: ${clause(steps.verdict.thought || steps.verdict.label)}${w.cite(steps.verdict)}.`);
  }
  if (fix.status === 'rolled_back') {
    w.say(`It was later rolled back${steps.revert ? `: ${clause(steps.revert.thought || steps.revert.label)}` : ''}${w.cite(steps.revert)}.`);
  } else if (fix.status === 'applied' && fix.commit_sha) {
    w.say(`It is committed as ${shortSha(fix.commit_sha)}${fix.commit_message ? ` ("${clause(fix.commit_message.split('\n')[0])}")` : ''}${w.cite(steps.commit)}.`);
  } else if (fix.status !== 'applied') {
    w.say(`Its status is ${fix.status.replace('_', ' ')}.`);
  }
}

/** The fixes, one line each, with their status and the step that shows it; returns how many were listed. */
export function listFixes(fixes: readonly FixFacts[], docs: readonly StepDocument[], w: Writer): number {
  const kept = fixes.filter((fix) => fix.status === 'applied');
  const others = fixes.filter((fix) => fix.status !== 'applied');
  w.paragraph();
  if (kept.length > 0) w.say(`RIFT kept ${kept.length} fix${kept.length === 1 ? '' : 'es'}:`);
  for (const fix of kept) {
    const steps = stepsOfFix(fix, docs);
    w.say(`\n- ${fixLineOf(fix)}${fix.commit_sha ? ` (commit ${shortSha(fix.commit_sha)})` : ''}${w.cite(steps.commit ?? steps.propose)}`);
  }
  if (others.length > 0) {
    w.paragraph();
    w.say('Tried and not kept:');
  }
  for (const fix of others) {
    const steps = stepsOfFix(fix, docs);
    w.say(`\n- ${fixLineOf(fix)} (${fix.status.replace('_', ' ')})${w.cite(steps.revert ?? steps.verdict ?? steps.propose)}`);
  }
  return fixes.length;
}
