// TypeScript/JavaScript syntax errors of a doubled or stray token and of an unterminated string or
// template literal. The TypeScript parser places the error (node and eslint word it vaguely) and
// judges every candidate edit.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate, type Candidate } from '../candidates.ts';
import { scanCode } from '../code-scan.ts';
import { tsParseDiagnostics, type ParseDiagnostic } from '../ts-syntax.ts';
import { unterminatedStringCandidates, unterminatedTemplateCandidates } from './ts-syntax-quotes.ts';
import { strayTokenCandidates } from './ts-syntax-stray.ts';

const UNTERMINATED_STRING = 1002;
const UNTERMINATED_TEMPLATE = 1160;

// A fixer for TypeScript/JavaScript syntax errors of an extra token or an unclosed literal.
export function tsSyntaxTokenFixer(): Fixer {
  return {
    name: 'ts-syntax-token',
    strategy: 'rule_first',
    bugTypes: ['SYNTAX'],
    languages: ['typescript', 'javascript'],
    fix: fixSyntaxToken,
  };
}

async function fixSyntaxToken(failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const diagnostics = await tsParseDiagnostics(failure.file, text);
  const diagnostic = blamed(diagnostics, failure);
  if (!diagnostic) return { kind: 'decline', reason: `${failure.file} parses` };
  const scan = scanCode(text, 'js');
  const found = candidatesFor(diagnostic, scan);
  if (found.length === 0) return { kind: 'decline', reason: `not a stray token or unterminated literal: ${diagnostic.message}` };
  const candidates = found.map((c) => withLine(c, diagnostic, failure));
  return pickCandidate(candidates, {
    file: failure.file,
    before: text,
    confidence: 0.85,
    check: (after) => tsParseDiagnostics(failure.file, after),
  });
}

// tsc's own diagnostic when the failure is one (same place); else the parser's first, which is
// the one node, eslint and bundlers stop at. A string left open on the same line explains the
// rest: `'don't'` is first blamed for a missing ',' before `t`.
function blamed(diagnostics: ParseDiagnostic[], failure: Failure): ParseDiagnostic | undefined {
  const same = diagnostics.find((d) => `TS${d.code}` === failure.code && d.line === failure.line && d.column === failure.column);
  const chosen = same ?? diagnostics[0];
  return diagnostics.find((d) => d.code === UNTERMINATED_STRING && d.line === chosen?.line) ?? chosen;
}

function candidatesFor(diagnostic: ParseDiagnostic, scan: ReturnType<typeof scanCode>): Candidate[] {
  if (diagnostic.code === UNTERMINATED_STRING) return unterminatedStringCandidates(scan, diagnostic.offset);
  if (diagnostic.code === UNTERMINATED_TEMPLATE) return unterminatedTemplateCandidates(scan);
  return strayTokenCandidates(scan, diagnostic.offset);
}

// The fix line names the line of the edit when the tool placed the failure elsewhere (a bundler
// blaming line 1, a template reported at the end of the file).
function withLine(candidate: Candidate, diagnostic: ParseDiagnostic, failure: Failure): Candidate {
  const line = diagnostic.code === UNTERMINATED_TEMPLATE ? candidate.lastTouchedLine : diagnostic.line;
  return line === failure.line ? candidate : { ...candidate, line };
}
