// "Ask the run": answers a question from the run's own traces, fixes and CI events, citing the steps
// it used. Retrieval composes the answer; a configured model may phrase it from the retrieved steps,
// and any trouble with the model falls back to the retrieval answer.
import type { LlmSession } from '../llm/types.ts';
import { silentLogger, type Logger } from '../log.ts';
import { buildAskMessages, keepCitations } from './ask-prompt.ts';
import { composeAnswer } from './compose.ts';
import { buildDocuments, knownFiles, type StepDocument } from './documents.ts';
import { parseQuestion } from './question.ts';
import { retrieve } from './retrieve.ts';
import type { AskResult, Citation, RunRecord } from './types.ts';

export interface AskOptions {
  record: RunRecord;
  question: string;
  /** The model session, when a provider is configured; without one the answer is retrieval's. */
  llm?: LlmSession | null;
  /** How many ranked steps retrieval keeps; 8 unless told. */
  k?: number;
  logger?: Logger;
  signal?: AbortSignal;
}

const MAX_QUESTION = 1000;
const MAX_STEPS_FOR_MODEL = 12;

/** The answer to a question about a run, with the steps it cites. */
export async function askRun(options: AskOptions): Promise<AskResult> {
  const { record, llm } = options;
  const text = options.question.trim().slice(0, MAX_QUESTION);
  const docs = buildDocuments(record);
  const question = parseQuestion(text, knownFiles(docs, record.fixes));
  const retrieval = retrieve({ docs, fixes: record.fixes, ciEvents: record.ciEvents, question, k: options.k });
  const composed = composeAnswer({ record, docs, question, retrieval });
  const plain: AskResult = { answer: composed.text, citations: citationsOf(composed.cited, docs), mode: 'retrieval' };
  if (!llm) return plain;
  // Nothing retrieved: there is nothing to phrase, and the plain answer already says so.
  if (!composed.found) return { ...plain, fallback: 'nothing in the run matches the question' };

  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  const ids = [...new Set([...composed.cited, ...retrieval.steps.map((step) => step.doc.id)])].slice(0, MAX_STEPS_FOR_MODEL);
  const given = ids.sort((a, b) => a - b).map((id) => byId.get(id)!);
  const fallback = (reason: string): AskResult => {
    (options.logger ?? silentLogger).warn({ runId: record.run.run_id, reason }, 'ask: model answer not used, answering from retrieval');
    return { ...plain, fallback: reason };
  };
  const stopped = llm.stoppedReason();
  if (stopped) return fallback(`the model session has stopped: ${stopped}`);
  let answer: string;
  try {
    const completion = await llm.complete({ messages: buildAskMessages(text, given), temperature: 0, maxTokens: 400 }, options.signal);
    answer = completion.text;
  } catch (error) {
    return fallback(`the model failed: ${(error as Error).message}`);
  }
  const kept = keepCitations(answer, new Set(ids));
  if (kept.cited.length === 0) return fallback('the model answer cited none of the steps it was given');
  return { answer: kept.text, citations: citationsOf(kept.cited, docs), mode: 'llm' };
}

function citationsOf(stepIds: readonly number[], docs: readonly StepDocument[]): Citation[] {
  return stepIds.flatMap((id) => {
    const doc = docs.find((candidate) => candidate.id === id);
    return doc ? [{ stepIndex: doc.id, node: doc.node, action: doc.action, label: doc.label }] : [];
  });
}
