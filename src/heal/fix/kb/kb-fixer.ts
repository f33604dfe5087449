// kb_lookup: replays a CI-confirmed fix of the same failure from the knowledge base, in
// milliseconds, when the code around it fits (as it was, or with the names renamed consistently).
import type { Failure, FileEdit, Fixer, FixResult, Patch, WorkspaceReader } from '../../types.ts';
import { BUG_TYPES } from '../../types.ts';
import { protectedReason } from '../../verify/protected-paths.ts';
import { languageOf } from '../language.ts';
import { abstractMessage } from './message.ts';
import { replayWindow, type ReplayFit } from './replay.ts';
import { failureSignature } from './signature.ts';
import { targetFiles } from './target-files.ts';
import type { KnowledgeBase, StoredPattern } from './types.ts';

interface Replayed {
  file: string;
  before: string;
  fit: ReplayFit;
}

/** The fixer that asks the knowledge base first; all bug types, all languages. */
export function kbLookupFixer(kb: KnowledgeBase): Fixer {
  return {
    name: 'kb-lookup',
    strategy: 'kb_lookup',
    bugTypes: BUG_TYPES,
    languages: ['python', 'javascript', 'typescript'],
    async fix(failure, workspace) {
      const text = await workspace.readText(failure.file);
      if (text === null) return decline(`${failure.file} cannot be read`);
      const signature = failureSignature({ ...failure, language: languageOf(failure.file), text });
      const patterns = await kb.find(signature);
      if (patterns.length === 0) return decline(`no CI-confirmed fix is known for this failure (signature ${signature.slice(0, 12)})`);
      const misses: string[] = [];
      for (const pattern of patterns) {
        const replayed = await replay(pattern, failure, text, workspace);
        if (typeof replayed === 'string') {
          misses.push(`${pattern.patternId.slice(0, 8)}: ${replayed}`);
          continue;
        }
        await kb.markUsed(pattern.patternId);
        return { kind: 'patch', patch: patchOf(pattern, replayed) };
      }
      return decline(`${patterns.length} known fix(es) for this failure, none fits here (${misses.join('; ')})`);
    },
  };
}

// A decline carries its reason into the trace, so a miss is explained.
function decline(reason: string): FixResult {
  return { kind: 'decline', reason };
}

// The pattern made again in this workspace, or why it does not fit.
async function replay(pattern: StoredPattern, failure: Failure, text: string, workspace: WorkspaceReader): Promise<Replayed | string> {
  const { edit } = pattern.document;
  if (pattern.bugType !== failure.bugType) return `learnt for ${pattern.bugType}, not ${failure.bugType}`;
  const seeds = pairNames(pattern.document.failure.names, abstractMessage(failure.message).names);
  if (edit.sameFile) {
    if (languageOf(failure.file) !== edit.language) return `learnt on ${edit.language} code`;
    if (protectedReason(failure.file)) return `${failure.file} is protected`;
    const fit = replayWindow(edit.window, text, { language: edit.language, near: failure.line + (edit.offset ?? 0), seeds });
    return fit ? { file: failure.file, before: text, fit } : `the code at line ${failure.line} is not the code it fixed`;
  }
  for (const file of await targetFiles(workspace, edit.language, text)) {
    const before = await workspace.readText(file);
    const fit = before === null ? null : replayWindow(edit.window, before, { language: edit.language, near: null, seeds });
    if (before !== null && fit) return { file, before, fit };
  }
  return `the code it fixed is in no ${edit.language} file here`;
}

// The names of the remembered message paired with the current one's, when they line up.
function pairNames(stored: string[], current: string[]): Array<[string, string]> {
  return stored.length === current.length ? stored.map((name, i) => [name, current[i]]) : [];
}

// The patch of a replay: confidence discounted by how well it fitted, the reason naming its origin.
function patchOf(pattern: StoredPattern, replayed: Replayed): Patch {
  const { fit } = replayed;
  const edits: FileEdit[] = [{ file: replayed.file, before: replayed.before, after: fit.text }];
  const how = fit.renames.length
    ? `with ${fit.renames.map(([from, to]) => `${from} -> ${to}`).join(', ')}`
    : 'on the same code';
  const where = fit.drift ? `, ${fit.drift} line(s) from where expected` : '';
  const source = pattern.sourceRunId ? `run ${pattern.sourceRunId}` : 'an archived run';
  return {
    edits,
    description: renameWords(pattern.document.description, fit.renames),
    confidence: Math.round(Math.min(1, Math.max(0, pattern.confidence * fit.fit)) * 1000) / 1000,
    reason:
      `Replayed knowledge-base pattern ${pattern.patternId} (learnt in ${source} by ${pattern.modelUsed ?? 'an unknown fixer'}, ` +
      `used ${pattern.hits} time(s) before) in ${replayed.file} ${how}${where}${fit.ambiguous ? ', at the first of several fitting places' : ''}; fit ${fit.fit.toFixed(2)}.`,
    ...(pattern.document.edit.sameFile ? {} : { line: fit.line }),
  };
}

// The remembered description in this program's names ("remove the unused import 'os'" -> 're').
function renameWords(description: string, renames: Array<[string, string]>): string {
  const map = new Map(renames);
  return description.replace(/[\p{L}_$][\p{L}\p{N}_$]*/gu, (word) => map.get(word) ?? word);
}
