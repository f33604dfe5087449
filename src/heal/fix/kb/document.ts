// The redacted context a knowledge-base pattern keeps of the fix it was learnt from: enough to
// recognise the failure again and to make the same change, nothing else of the repository.
import type { BugType, Language } from '../../types.ts';
import type { EditWindow } from './window.ts';

export interface PatternDocument {
  version: 1;
  failure: {
    tool: string;
    code: string | null;
    /** The tool's message with names, numbers, strings and paths abstracted. */
    message: string;
    /** The names taken out of the message, in order: paired with the current failure's to seed renaming. */
    names: string[];
    bugType: BugType;
    file: string;
    line: number;
  };
  edit: {
    file: string;
    language: Language;
    /** The fix was in the file that showed the failure (a lint error) or in another (the code a test calls). */
    sameFile: boolean;
    /** Window start minus failure line, when in the same file: where to look in the next one. */
    offset: number | null;
    window: EditWindow;
  };
  /** The fix line's "what was done". */
  description: string;
}

/** The document of a stored row, or null when it is not one this version can replay. */
export function readPatternDocument(value: unknown): PatternDocument | null {
  const doc = value as Partial<PatternDocument> | null;
  if (!doc || doc.version !== 1 || typeof doc.description !== 'string') return null;
  const { failure, edit } = doc;
  if (!failure || !Array.isArray(failure.names) || typeof failure.message !== 'string') return null;
  if (!edit || typeof edit.sameFile !== 'boolean' || !edit.window) return null;
  const { window } = edit;
  const lines = (x: unknown) => Array.isArray(x) && x.every((l) => typeof l === 'string');
  if (!lines(window.before) || !lines(window.after) || !Number.isInteger(window.above) || !Number.isInteger(window.below)) return null;
  return doc as PatternDocument;
}
