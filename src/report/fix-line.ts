// The one fix line of DESIGN.md section 2. Every surface (terminal, results.json, PR comment, check
// run, PDF) calls this, so the form cannot drift between them.
import type { BugType } from '../heal/types.ts';

export interface FixLineInput {
  bugType: BugType;
  /** Path relative to the repository root; backslashes and a leading "./" are normalised away. */
  file: string;
  line: number;
  /** The "what was done": "remove the import statement". */
  fixDescription: string;
}

/** Formats `<BUG_TYPE> error in <file> line <n> → Fix: <what was done>` on a single line. */
export function formatFixLine({ bugType, file, line, fixDescription }: FixLineInput): string {
  return `${bugType} error in ${normaliseFile(file)} line ${line} → Fix: ${oneLine(fixDescription)}`;
}

// Tools on Windows runners and some configs give "./a\\b.py"; the contract wants "a/b.py".
function normaliseFile(file: string): string {
  return file.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

// A description may come from an LLM or a commit body; the fix line must stay one line.
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The fields of a results.json fix that its fix line is made of. */
export interface FixLineSource {
  file: string;
  bug_type: BugType;
  line_number: number;
  commit_message: string;
  fix_line?: string;
  fix_description?: string;
}

/** A results.json fix's line: the one recorded with it, else formatted from its fields. */
export function fixLineOf(fix: FixLineSource): string {
  if (fix.fix_line) return fix.fix_line;
  const fixDescription = fix.fix_description ?? fix.commit_message.replace(/^\[AI-AGENT\]\s*/, '');
  return formatFixLine({ bugType: fix.bug_type, file: fix.file, line: fix.line_number, fixDescription });
}
