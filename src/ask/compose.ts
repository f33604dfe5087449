// The retrieval answer: plain sentences composed from the run's own rows and steps by the kind of
// question, each fact cited as [step N]; when nothing in the run answers, it says so and cites nothing.
import type { StepDocument } from './documents.ts';
import type { ParsedQuestion } from './question.ts';
import type { Retrieval } from './retrieve.ts';
import type { RunRecord } from './types.ts';
import { describeFailures, describeIteration } from './compose-ci.ts';
import { explainFix, listFixes } from './compose-fixes.ts';
import { clause, createWriter, type Composed, type Writer } from './writer.ts';

export interface ComposeInput {
  record: RunRecord;
  docs: StepDocument[];
  question: ParsedQuestion;
  retrieval: Retrieval;
}

const MAX_EXPLAINED = 3;
const MAX_GENERIC_STEPS = 3;

/** The answer to a parsed question from the record alone. */
export function composeAnswer(input: ComposeInput): Composed {
  const w = createWriter();
  const { question } = input;
  const namesMissingIteration = (question.iterations.length > 0 || question.lastIteration) && input.retrieval.events.length === 0;
  const onlyUnknownFiles = question.files.length === 0 && question.unknownFiles.length > 0;
  if (!namesMissingIteration && !onlyUnknownFiles) COMPOSERS[question.kind](input, w);
  const composed = w.done();
  return composed.found ? composed : { text: nothingFound(input), cited: [], found: false };
}

const COMPOSERS: Record<ParsedQuestion['kind'], (input: ComposeInput, w: Writer) => void> = {
  why_change: whyChange,
  what_failed: ({ record, docs, question, retrieval }, w) => {
    if (retrieval.events.length === 0) return describeFailures(record.run, record.ciEvents, filterFixes(record, question, docs), docs, w);
    for (const event of retrieval.events) describeIteration(event, docs, w);
  },
  what_fixed: ({ record, docs, question }, w) => void listFixes(filterFixes(record, question, docs), docs, w),
  score: ({ record, docs }, w) => {
    const { run } = record;
    if (run.final_score === null) return;
    const took = run.total_time_secs !== null ? ` took ${run.total_time_secs} s with ${run.total_commits ?? 0} commit(s) and` : '';
    w.say(`The run${took} scored ${run.final_score}: base ${run.base_score ?? 100}, speed bonus +${run.speed_bonus ?? 0}, efficiency penalty -${run.efficiency_penalty ?? 0}${w.cite(docs.find((doc) => doc.action === 'score'))}.`);
  },
  // An iteration or a fix named outright is answered as such; otherwise the best steps, as they read.
  generic: ({ docs, retrieval }, w) => {
    if (retrieval.events.length > 0) {
      for (const event of retrieval.events) describeIteration(event, docs, w);
      return;
    }
    if (retrieval.fixes.length > 0) {
      for (const fix of retrieval.fixes.slice(0, MAX_EXPLAINED)) explainFix(fix, docs, w);
      return;
    }
    const top = retrieval.steps.slice(0, MAX_GENERIC_STEPS);
    if (top.length > 0) w.say('The steps of this run that match best:');
    for (const { doc } of top) w.say(`\n- ${doc.node}/${doc.action}: ${clause(doc.label)}${doc.thought ? ` (${clause(doc.thought)})` : ''}${w.cite(doc)}`);
  },
};

// The fix at the place named; else, for "why did you remove the import?", the fix of the best step.
function whyChange({ record, docs, question, retrieval }: ComposeInput, w: Writer): void {
  let fixes = retrieval.fixes;
  if (fixes.length === 0 && question.files.length === 0 && question.lines.length === 0) {
    const top = retrieval.steps.find((step) => step.doc.fixIds.length > 0);
    fixes = top ? record.fixes.filter((fix) => top.doc.fixIds.includes(fix.fix_id)) : [];
  }
  for (const fix of fixes.slice(0, MAX_EXPLAINED)) explainFix(fix, docs, w);
  if (fixes.length > 0 || question.files.length === 0) return;
  const inFiles = record.fixes.filter((fix) => question.files.includes(fix.file_path));
  if (inFiles.length === 0) return;
  w.say(`RIFT changed nothing${question.lines.length > 0 ? ` at line ${question.lines.join(', ')}` : ''} of ${question.files.join(', ')}; what it did there:`);
  listFixes(inFiles, docs, w);
}

// The fixes a question narrows to by file, bug type and iteration (the round the fix was made in).
function filterFixes({ fixes }: RunRecord, question: ParsedQuestion, docs: readonly StepDocument[]) {
  return fixes.filter((fix) => {
    if (question.files.length > 0 && !question.files.includes(fix.file_path)) return false;
    if (question.bugTypes.length > 0 && !question.bugTypes.includes(fix.bug_type)) return false;
    const round = docs.find((doc) => doc.fixIds.includes(fix.fix_id))?.round;
    return question.iterations.length === 0 || round === undefined || question.iterations.includes(round);
  });
}

// Says plainly what the run has nothing about, and what it can be asked instead, from its own rows.
function nothingFound({ record, question }: ComposeInput): string {
  const iterations = record.ciEvents.length;
  const fix = record.fixes.find((row) => row.status === 'applied') ?? record.fixes[0];
  const examples = [
    ...(fix ? [`"why did you change line ${fix.line_number} of ${fix.file_path}?"`] : []),
    ...(iterations > 0 ? [`"what failed in iteration ${record.ciEvents[0].iteration}?"`] : []),
    '"what was fixed?"',
    '"what was the score?"',
  ];
  return `${missingThing(question, iterations)} I can answer from this run's own record, for example ${examples.join(', ')}.`;
}

// The first sentence of a "nothing" answer: what the question named that the run does not have.
function missingThing(question: ParsedQuestion, iterations: number): string {
  if (question.files.length === 0 && question.unknownFiles.length > 0) return `Nothing in this run touched ${question.unknownFiles.join(', ')}.`;
  if (question.files.length > 0) return `Nothing in this run changed ${question.lines.length > 0 ? `line ${question.lines.join(', ')} of ` : ''}${question.files.join(', ')}.`;
  if (question.iterations.length > 0 || question.lastIteration) {
    const named = question.iterations.length > 0 ? `CI iteration ${question.iterations.join(', ')}` : 'a last CI iteration';
    return `Nothing in this run happened in ${named}: it ran ${iterations} CI iteration${iterations === 1 ? '' : 's'}.`;
  }
  return 'Nothing in this run matches that question.';
}
