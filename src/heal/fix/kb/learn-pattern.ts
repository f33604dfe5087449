// Turns one CI-confirmed fix into a pattern worth storing: its failure signature, the window it
// changed, the redacted document. Pure; reading files and writing rows is record-patterns.ts's job.
import { createHash } from 'node:crypto';
import { redactSecrets } from '../../record/redact.ts';
import type { BugType, Failure, FileEdit, Language, Strategy } from '../../types.ts';
import { languageOf } from '../language.ts';
import type { PatternDocument } from './document.ts';
import { abstractMessage } from './message.ts';
import { failureSignature } from './signature.ts';
import { captureWindow } from './window.ts';

/** Lines of context kept around a fix in the failure's own file: the failure line places it. */
export const SAME_FILE_CONTEXT = 1;
/** Lines of context kept around a fix elsewhere: it must be found by its code alone. */
export const OTHER_FILE_CONTEXT = 3;

/** What the pipeline knows of a fix that CI confirmed (FixOutcome has these fields). */
export interface ConfirmedFix {
  fixId: string;
  failure: Failure;
  bugType: BugType;
  description: string;
  strategy: Strategy | null;
  confidence: number | null;
  /** The patch's edits (whole-file before/after); a fix without them cannot be replayed. */
  edits?: readonly FileEdit[];
}

export interface LearntPattern {
  signature: string;
  /** Identifies the change, so the same change under one signature is stored once. */
  contentHash: string;
  language: Language;
  confidence: number;
  document: PatternDocument;
}

/**
 * The pattern of a fix, or why it is not kept. `failureText` is the failure's file as it was when
 * the failure was seen; null when it cannot be read.
 */
export function learnPattern(fix: ConfirmedFix, failureText: string | null): LearntPattern | { skip: string } {
  if (fix.strategy === 'kb_lookup') return { skip: 'replayed from the knowledge base, which has it already' };
  if (fix.confidence === null) return { skip: 'no confidence recorded' };
  if (!fix.edits || fix.edits.length === 0) return { skip: 'the patch edits were not kept' };
  if (fix.edits.length > 1) return { skip: 'a patch of several files is not a local pattern' };
  const [edit] = fix.edits;
  const language = languageOf(edit.file);
  if (!language) return { skip: `${edit.file} is not Python, JavaScript or TypeScript` };
  if (failureText === null) return { skip: `${fix.failure.file} could not be read` };
  const sameFile = edit.file === fix.failure.file;
  const window = captureWindow(edit.before, edit.after, sameFile ? SAME_FILE_CONTEXT : OTHER_FILE_CONTEXT);
  if (!window) return { skip: 'the change is empty or larger than a local pattern' };
  const redactedWindow = redactSecrets(window);
  // A window with a secret taken out could not be replayed as it was: better not kept at all.
  if (JSON.stringify(redactedWindow) !== JSON.stringify(window)) return { skip: 'the change touches a secret' };

  const { failure } = fix;
  const abstract = abstractMessage(failure.message);
  const document: PatternDocument = redactSecrets({
    version: 1,
    failure: {
      tool: failure.tool,
      code: failure.code ?? null,
      message: abstract.text,
      names: abstract.names,
      bugType: fix.bugType,
      file: failure.file,
      line: failure.line,
    },
    edit: { file: edit.file, language, sameFile, offset: sameFile ? window.start - failure.line : null, window },
    description: fix.description,
  });
  const signature = failureSignature({
    tool: failure.tool,
    code: failure.code,
    message: failure.message,
    language: languageOf(failure.file),
    text: failureText,
    line: failure.line,
  });
  const contentHash = createHash('sha256').update(JSON.stringify([sameFile, window.before, window.after, fix.description])).digest('hex');
  return { signature, contentHash, language, confidence: fix.confidence, document };
}
