// A bare "invalid syntax" points at the first token Python could not take. When that token repeats
// the one before it (`::`, `,,`, `= =`, `return return`), is punctuation with nothing to do there
// (`x = 1:`), is a lone '=' in a condition, or is a second name inside brackets or an import list
// (`def f(a b)`), the edit is small and the real compiler judges it.
import type { Candidate } from '../candidates.ts';
import { unclosedBefore, type CodeScan } from '../code-scan.ts';
import { indexLines, lineStart } from '../text-lines.ts';
import { ADD_COMMA } from './py-syntax-comma.ts';
import { comparisonAt } from './py-syntax-equals.ts';
import type { PythonSyntaxError } from './py-syntax-error.ts';
import { logicalStart } from './py-logical-line.ts';
import { lineTokens, PY_TOKEN, tokenAndPrevious, type Token } from './syntax-tokens.ts';

const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
  'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
  'return', 'try', 'while', 'with', 'yield',
]);
// Values that end or start an operand; True/False/None are values, not statement words.
const VALUE_WORDS = new Set(['False', 'None', 'True']);
const STRAY = [':', ',', ';'];
const CONDITION = /(^|[^\w.])(if|elif|while|assert)\b/;

// Candidate edits for the token at the error, most plausible first; empty when none applies.
export function invalidSyntaxCandidates(scan: CodeScan, error: PythonSyntaxError): Candidate[] {
  const text = scan.text;
  const index = indexLines(text);
  const found = tokenAndPrevious(lineTokens(scan, index, error.line, PY_TOKEN), error.start);
  if (!found) return [];
  const { token, previous } = found;
  const line = error.line;
  const candidates: Candidate[] = [];
  const remove = (from: number, description: string, reason: string): Candidate => ({
    after: text.slice(0, from) + text.slice(token.end),
    description,
    reason,
    lastTouchedLine: line,
  });
  if (previous && previous.kind === 'code' && token.kind === 'code' && previous.text === token.text && !'()[]{}'.includes(token.text)) {
    candidates.push(remove(previous.end, `remove the doubled '${token.text}'`, `'${token.text}' is written twice on line ${line}`));
  }
  const statement = text.slice(lineStart(index, logicalStart(scan, index, line)), token.start);
  if (token.text === '=' && token.kind === 'code' && CONDITION.test(statement)) candidates.push(comparisonAt(scan, token));
  if (previous && token.kind === 'code' && STRAY.includes(token.text) && previous.text !== token.text) {
    candidates.push(remove(previous.end, `remove the stray '${token.text}'`, `'${token.text}' has no place after '${previous.text}' on line ${line}`));
  }
  const listed = unclosedBefore(scan, token.start).length > 0 || /^\s*from\s.*\simport\s/.test(statement);
  if (previous && listed && endsOperand(previous) && startsOperand(token)) {
    candidates.push({
      after: text.slice(0, previous.end) + ',' + text.slice(previous.end),
      description: ADD_COMMA,
      reason: `'${previous.text}' and '${token.text}' follow each other without a comma on line ${line}`,
      lastTouchedLine: line,
    });
  }
  return candidates;
}

function isWord(token: Token): boolean {
  return token.kind === 'code' && /^[A-Za-z_\d]/.test(token.text);
}

function endsOperand(token: Token): boolean {
  if (token.kind === 'string') return true;
  if (isWord(token)) return !KEYWORDS.has(token.text) || VALUE_WORDS.has(token.text);
  return [')', ']', '}'].includes(token.text);
}

function startsOperand(token: Token): boolean {
  if (token.kind === 'string') return true;
  return isWord(token) && (!KEYWORDS.has(token.text) || VALUE_WORDS.has(token.text) || ['lambda', 'not'].includes(token.text));
}
