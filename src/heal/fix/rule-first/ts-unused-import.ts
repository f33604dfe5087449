// Unused imports in TypeScript/JavaScript, as tsc (TS6133, TS6196, TS6192) and eslint
// (no-unused-vars, @typescript-eslint/no-unused-vars) report them: removes the declaration, or
// only the unused name when it imports several.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate, type Candidate } from '../candidates.ts';
import { tsParseDiagnostics } from '../ts-syntax.ts';
import { indexLines, lineOf } from '../text-lines.ts';
import { statementRange, type Range } from './import-removal.ts';
import { tsImportsAtLine, type TsImportStatement } from './ts-import-bindings.ts';

const UNUSED_NAME = [
  /^'([^']+)' is declared but its value is never read/,
  /^'([^']+)' is declared but never used/,
  /^'([^']+)' is defined but never used/,
];
const ALL_UNUSED = /^All imports in import declaration are unused/;

// A fixer for unused TypeScript/JavaScript imports.
export function tsUnusedImportFixer(): Fixer {
  return {
    name: 'ts-unused-import',
    strategy: 'rule_first',
    bugTypes: ['LINTING', 'IMPORT', 'TYPE_ERROR'],
    languages: ['typescript', 'javascript'],
    fix: fixUnusedImport,
  };
}

async function fixUnusedImport(failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  const all = ALL_UNUSED.test(failure.message);
  const name = UNUSED_NAME.map((re) => re.exec(failure.message)?.[1]).find((n) => n !== undefined);
  if (!all && !name) return { kind: 'decline', reason: `not an unused-import message: ${failure.message}` };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const statements = await tsImportsAtLine(failure.file, text, failure.line);
  const candidate = all ? wholeDeclaration(text, statements, failure.line) : oneName(text, statements, name ?? '');
  if (!candidate) {
    const what = all ? 'no import declaration starts' : `'${name}' is not imported`;
    return { kind: 'decline', reason: `${what} at ${failure.file} line ${failure.line}` };
  }
  return pickCandidate([candidate], {
    file: failure.file,
    before: text,
    confidence: 0.95,
    check: (after) => tsParseDiagnostics(failure.file, after),
  });
}

function wholeDeclaration(text: string, statements: TsImportStatement[], line: number): Candidate | null {
  const index = indexLines(text);
  const statement = statements.find((s) => lineOf(index, s.range.start) === line) ?? statements[0];
  if (!statement || statement.bindings.length === 0) return null;
  const names = statement.bindings.map((b) => `'${b.local}'`).join(', ');
  return candidate(text, statementRange(text, statement.range, 'js'), 'remove the import statement', `none of ${names} is used`);
}

function oneName(text: string, statements: TsImportStatement[], name: string): Candidate | null {
  const binding = statements.flatMap((s) => s.bindings).find((b) => b.local === name);
  if (!binding) return null;
  if (binding.removal) {
    return candidate(text, binding.removal, `remove the unused import '${name}'`, `'${name}' is never used; the declaration's other names are kept`);
  }
  return candidate(text, statementRange(text, binding.statement, 'js'), 'remove the import statement', `'${name}' is the only name of its import declaration and is never used`);
}

function candidate(text: string, range: Range, description: string, reason: string): Candidate {
  const after = text.slice(0, range.start) + text.slice(range.end);
  return { after, description, reason, lastTouchedLine: lineOf(indexLines(after), range.start) };
}
