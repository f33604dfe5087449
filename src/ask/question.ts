// Reads a question in plain words: the files, lines, iterations and bug types it names, and what kind
// of answer it wants. Pure: the run's known files come in as an argument.
import { BUG_TYPES, type BugType } from '../heal/types.ts';
import { findFileMentions } from './question-files.ts';

export type QuestionKind = 'why_change' | 'what_failed' | 'what_fixed' | 'score' | 'generic';

export interface ParsedQuestion {
  text: string;
  kind: QuestionKind;
  /** Files of the run the question names. */
  files: string[];
  /** Paths it names that the run never saw. */
  unknownFiles: string[];
  lines: number[];
  iterations: number[];
  /** "the last iteration", "the final round". */
  lastIteration: boolean;
  bugTypes: BugType[];
}

const CARDINALS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const ROUND = String.raw`(?:ci\s+)?(?:iterations?|iter|rounds?|attempts?|cycles?|ci\s+runs?)`;
// "iteration 2", "round two"; "2nd iteration", "second round" (a bare "2 iterations" is a count, not a name).
const AFTER_ROUND = String.raw`(\d+|${Object.keys(CARDINALS).join('|')})`;
const BEFORE_ROUND = String.raw`(\d+(?:st|nd|rd|th)|${Object.keys(ORDINALS).join('|')})`;
const RANGE = String.raw`(?:\s*(?:-|–|to|through|and|&)\s*(\d+))?`;

const LINE_PATTERNS = [
  new RegExp(String.raw`\blines?\s*(?:no\.?|number|#)?\s*(\d+)${RANGE}`, 'gi'),
  /(?:^|[^\w])l\.\s?(\d+)/gi,
  /\bln\.?\s?(\d+)/gi,
  /\bL(\d+)\b/g,
  /\b(\d+)(?:st|nd|rd|th)\s+line\b/gi,
];
const ITERATION_PATTERNS = [
  new RegExp(String.raw`\b${ROUND}\s*(?:#|no\.?|number)?\s*${AFTER_ROUND}\b${RANGE}`, 'gi'),
  new RegExp(String.raw`\b${BEFORE_ROUND}\s+${ROUND}\b`, 'gi'),
];
const LAST_ITERATION = new RegExp(String.raw`\b(?:last|final|latest)\s+${ROUND}\b`, 'i');

// Words that name a bug type, the exact names of DESIGN.md included.
const BUG_TYPE_WORDS: Record<BugType, RegExp> = {
  LINTING: /\b(?:lint(?:ing|er|s)?|flake8|eslint|pycodestyle|pyflakes|style)\b/i,
  SYNTAX: /\bsyntax(?:[\s_-]?errors?)?\b/i,
  LOGIC: /\b(?:logic(?:al)?|wrong (?:result|value|answer|output)|assertion(?:error)?)\b/i,
  TYPE_ERROR: /\b(?:type[\s_-]?errors?|typeerror|typing|mypy|tsc|type[\s-]?check(?:ing|er)?)\b/i,
  IMPORT: /\b(?:imports?|importerror|modulenotfounderror|module not found|no module)\b/i,
  INDENTATION: /\b(?:indent(?:ation|ed|s)?|indentationerror|dedent)\b/i,
};

// The score's figures include the run's time (the speed bonus), so "how long" is answered with it.
const SCORE = /\b(?:scored?|scores|scoring|points?|bonus|penalty|rating|how long|so long|took|duration|slow|total time)\b/i;
const WHY = /\b(?:why|reason|explain|how come|what for|rationale|justif\w*|motivat\w*)\b/i;
const CHANGE = /\b(?:chang\w*|edit\w*|modif\w*|fix\w*|touch\w*|remov\w*|delet\w*|add\w*|replac\w*|rewr\w*|patch\w*|commit\w*|alter\w*|revert\w*|roll\w*\s+back)\b/i;
const FAIL_STRONG = /\b(?:fail\w*|broke\w*|break\w*|crash\w*|regress\w*|rollback|flak\w*|red)\b/i;
const FAIL_WEAK = /\b(?:errors?|wrong|problems?|issues?|went wrong)\b/i;
const FIXED = /\b(?:fix\w*|repair\w*|heal\w*|chang\w*|resolv\w*|correct\w*|kept|applied|commit\w*|modif\w*|edit\w*)\b/i;

/** The parts of a question an answer is looked up by; knownFiles are the run's files. */
export function parseQuestion(text: string, knownFiles: readonly string[] = []): ParsedQuestion {
  const mentions = findFileMentions(text, knownFiles);
  const lines = unique([...mentions.lines, ...numbersOf(text, LINE_PATTERNS)]).filter((n) => n > 0 && n < 1_000_000);
  const iterations = unique(numbersOf(text, ITERATION_PATTERNS)).filter((n) => n > 0 && n < 1000);
  const bugTypes = BUG_TYPES.filter((type) => BUG_TYPE_WORDS[type].test(text) || new RegExp(`\\b${type}\\b`).test(text));
  const parsed = { text, files: mentions.files, unknownFiles: mentions.unknownFiles, lines, iterations, bugTypes, lastIteration: LAST_ITERATION.test(text) };
  return { ...parsed, kind: kindOf(text, parsed.files.length + parsed.unknownFiles.length > 0 || lines.length > 0) };
}

/** What the question asks for; `placed` says it names a file or a line. */
export function kindOf(text: string, placed: boolean): QuestionKind {
  if (SCORE.test(text)) return 'score';
  if (WHY.test(text)) {
    if (CHANGE.test(text)) return 'why_change';
    if (FAIL_STRONG.test(text) || FAIL_WEAK.test(text)) return 'what_failed';
    if (placed) return 'why_change';
  }
  if (FAIL_STRONG.test(text)) return 'what_failed';
  if (FIXED.test(text)) return 'what_fixed';
  if (FAIL_WEAK.test(text)) return 'what_failed';
  return 'generic';
}

// Every number the patterns capture; a captured range end adds the numbers up to it (at most 50).
function numbersOf(text: string, patterns: RegExp[]): number[] {
  const found: number[] = [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const start = toNumber(match[1]);
      if (start === null) continue;
      const end = toNumber(match[2]);
      const last = end !== null && end > start && end - start <= 50 ? end : start;
      for (let n = start; n <= last; n += 1) found.push(n);
    }
  }
  return found;
}

function toNumber(word: string | undefined): number | null {
  if (word === undefined) return null;
  const digits = /^(\d+)(?:st|nd|rd|th)?$/i.exec(word);
  if (digits) return Number(digits[1]);
  const lower = word.toLowerCase();
  return CARDINALS[lower] ?? ORDINALS[lower] ?? null;
}

function unique(numbers: number[]): number[] {
  return [...new Set(numbers)].sort((a, b) => a - b);
}
