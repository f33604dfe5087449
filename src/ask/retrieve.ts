// Ranks a run's steps for a question: BM25 over their words (minisearch, with prefix and fuzzy
// matching) plus exact boosts for what the question names: the fix at that file and line, the CI
// event of that iteration, the steps linked to them. Pure: the documents and rows come in.
import MiniSearch from 'minisearch';
import type { StepDocument } from './documents.ts';
import type { ParsedQuestion, QuestionKind } from './question.ts';
import type { CiEventFacts, FixFacts } from './types.ts';

export interface RankedStep {
  doc: StepDocument;
  score: number;
}

export interface Retrieval {
  /** The best steps, best first. */
  steps: RankedStep[];
  /** Fixes at the file and line the question names: the exact line, else the nearest within NEAR_LINES. */
  fixes: FixFacts[];
  /** CI events of the iterations the question names. */
  events: CiEventFacts[];
}

export interface RetrieveInput {
  docs: StepDocument[];
  fixes: FixFacts[];
  ciEvents: CiEventFacts[];
  question: ParsedQuestion;
  /** How many steps to return; 8 unless told. */
  k?: number;
}

const NEAR_LINES = 2;
const STOP_WORDS = new Set('a about all also an and any are at be been but by can could did do does for from had has have how i in is it its me my of no not on or our please rift run should so tell that the their there this to was we were what when where which who why with would you your line lines change changed changes py js ts tsx src'.split(' '));
const KIND_ACTIONS: Record<QuestionKind, string[]> = {
  why_change: ['propose_patch', 'patch_verified', 'patch_rejected', 'reject_patch', 'commit', 'commit_batch', 'revert'],
  what_failed: ['ci_run', 'ci_failed', 'ci_passed', 'run_check', 'revert', 'flaky_detected', 'patch_rejected', 'given_up'],
  what_fixed: ['propose_patch', 'patch_verified', 'commit', 'commit_batch'],
  score: ['score'],
  generic: [],
};

/** The top steps for the question, with the fixes and CI events it names. */
export function retrieve({ docs, fixes, ciEvents, question, k = 8 }: RetrieveInput): Retrieval {
  const focusFixes = fixesNamed(fixes, question);
  const events = eventsNamed(ciEvents, question);
  // A question only about files the run never saw has nothing here to match, whatever its words.
  if (question.files.length === 0 && question.unknownFiles.length > 0) return { steps: [], fixes: [], events };
  const text = textScores(docs, question.text);
  const fixIds = new Set(focusFixes.map((fix) => fix.fix_id));
  const eventIds = new Set(events.map((event) => event.event_id));
  const steps = docs
    .map((doc) => {
      const exact = exactBoost(doc, question, fixIds, eventIds, fixes);
      const matched = (text.get(doc.id) ?? 0) + exact;
      const affinity = KIND_ACTIONS[question.kind].includes(doc.action) ? 0.4 : 0;
      return { doc, score: matched > 0 ? matched + affinity : 0 };
    })
    .filter((step) => step.score > 0)
    .sort((a, b) => b.score - a.score || a.doc.id - b.doc.id);
  return { steps: steps.slice(0, k), fixes: focusFixes, events };
}

/** The fixes a question points at by file, line and bug type. */
export function fixesNamed(fixes: readonly FixFacts[], question: ParsedQuestion): FixFacts[] {
  const inFiles = question.files.length > 0 ? fixes.filter((fix) => question.files.includes(fix.file_path)) : [...fixes];
  if (question.lines.length > 0) {
    const distance = (fix: FixFacts) => Math.min(...question.lines.map((line) => lineDistance(fix, line)));
    const exact = inFiles.filter((fix) => distance(fix) === 0);
    if (exact.length > 0) return exact;
    return inFiles.filter((fix) => distance(fix) <= NEAR_LINES).sort((a, b) => distance(a) - distance(b));
  }
  const typed = inFiles.filter((fix) => question.bugTypes.includes(fix.bug_type));
  if (typed.length > 0) return typed;
  return question.files.length > 0 ? inFiles : [];
}

/** The CI events of the iterations a question names ("the last iteration" included). */
export function eventsNamed(events: readonly CiEventFacts[], question: ParsedQuestion): CiEventFacts[] {
  const last = Math.max(0, ...events.map((event) => event.iteration));
  const wanted = new Set([...question.iterations, ...(question.lastIteration && last > 0 ? [last] : [])]);
  return events.filter((event) => wanted.has(event.iteration));
}

function lineDistance(fix: FixFacts, line: number): number {
  const end = Math.max(fix.line_number, fix.line_end ?? fix.line_number);
  if (line >= fix.line_number && line <= end) return 0;
  return line < fix.line_number ? fix.line_number - line : line - end;
}

// BM25 scores of the question's words, scaled so the best step scores 1.
function textScores(docs: readonly StepDocument[], query: string): Map<number, number> {
  const search = new MiniSearch<StepDocument>({
    fields: ['label', 'thought', 'details', 'context', 'action'],
    processTerm: (term) => {
      const word = term.toLowerCase();
      return STOP_WORDS.has(word) || /^\d+$/.test(word) || word.length < 2 ? null : word;
    },
    searchOptions: {
      boost: { label: 2, thought: 1.5 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
    },
  });
  search.addAll(docs);
  const results = search.search(query);
  const best = results[0]?.score ?? 0;
  return new Map(results.map((result) => [result.id as number, best > 0 ? result.score / best : 0]));
}

// What the question names exactly, found in the step: its fix, its CI event, its file and line.
function exactBoost(doc: StepDocument, question: ParsedQuestion, fixIds: Set<string>, eventIds: Set<string>, fixes: readonly FixFacts[]): number {
  let boost = 0;
  if (doc.fixIds.some((id) => fixIds.has(id))) boost += 3;
  if (doc.ciEventId && eventIds.has(doc.ciEventId)) boost += 3;
  if (question.iterations.includes(doc.round)) boost += 0.5;
  const sameFile = doc.files.some((file) => question.files.includes(file));
  if (sameFile) boost += 1;
  if (sameFile && doc.lines.some((line) => question.lines.some((wanted) => Math.abs(wanted - line) <= NEAR_LINES))) boost += 1;
  const types = new Set([...doc.fixIds.map((id) => fixes.find((fix) => fix.fix_id === id)?.bug_type), ...question.bugTypes.filter((type) => doc.label.includes(type))]);
  if (question.bugTypes.some((type) => types.has(type))) boost += 0.5;
  return boost;
}
