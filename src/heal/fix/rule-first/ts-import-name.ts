// Imported names the module does not export (tsc TS2305, TS2459, TS2460, TS2614, TS2724, TS1192,
// TS2613; Node's "does not provide an export named"): a misspelled name, a default export
// imported by name or the reverse, a name that another module defines, or a declaration the
// module forgot to export.
import type { Failure, Fixer, FixResult, Patch, WorkspaceReader } from '../../types.ts';
import { pickCandidate, type Candidate } from '../candidates.ts';
import { isRelativeSpecifier, resolveSpecifier, specifierFor, styleOf } from '../js-modules.ts';
import { tsParseDiagnostics } from '../ts-syntax.ts';
import { uniqueClosest } from './ts-import-closest.ts';
import { missingExportPatch } from './ts-import-export.ts';
import { moduleIndex, type ModuleIndex } from './ts-import-index.ts';
import { firstChangedLine } from './ts-import-insert.ts';
import { defaultToNamed, importFrom, namedToDefault, renameImported } from './ts-import-name-edits.ts';
import { moduleReferences, type ImportedName, type ModuleReference } from './ts-import-specifiers.ts';

interface NameProblem {
  /** The path as the message quotes it; absent when the message names the file absolutely. */
  specifier?: string;
  /** The imported name; 'default' for a missing default export. */
  name: string;
  /** The name tsc says was meant. */
  suggestion?: string;
  /** tsc says the module declares the name without exporting it. */
  notExported?: boolean;
}

const MESSAGES: { re: RegExp; read: (m: RegExpExecArray) => NameProblem }[] = [
  { re: /^'"([^"]+)"' has no exported member named '([^']+)'\. Did you mean '([^']+)'\?/, read: (m) => ({ specifier: m[1], name: m[2], suggestion: m[3] }) },
  { re: /^Module '"([^"]+)"' declares '([^']+)' locally, but it is exported as '([^']+)'/, read: (m) => ({ specifier: m[1], name: m[2], suggestion: m[3] }) },
  { re: /^Module '"([^"]+)"' declares '([^']+)' locally, but it is not exported/, read: (m) => ({ specifier: m[1], name: m[2], notExported: true }) },
  { re: /^Module '"([^"]+)"' has no exported member '([^']+)'/, read: (m) => ({ specifier: m[1], name: m[2] }) },
  { re: /^Module '"([^"]+)"' has no default export/, read: (m) => ({ specifier: m[1], name: 'default' }) },
  { re: /^The requested module '([^']+)' does not provide an export named '([^']+)'/, read: (m) => ({ specifier: m[1], name: m[2] }) },
];

// A fixer for imports of names their module does not export.
export function tsImportNameFixer(): Fixer {
  return {
    name: 'ts-import-name',
    strategy: 'rule_first',
    bugTypes: ['IMPORT'],
    languages: ['typescript', 'javascript'],
    fix: fixImportName,
  };
}

async function fixImportName(failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  const match = MESSAGES.map(({ re, read }) => {
    const m = re.exec(failure.message);
    return m ? read(m) : null;
  }).find((p) => p !== null);
  if (!match) return { kind: 'decline', reason: `not a missing-export message: ${failure.message}` };
  const problem = { ...match, specifier: match.specifier?.startsWith('/') ? undefined : match.specifier };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const found = findImport(failure, problem, await moduleReferences(failure.file, text));
  if (!found) return { kind: 'decline', reason: `no import of '${problem.name}' at ${failure.file} line ${failure.line}` };
  const index = await moduleIndex(workspace);
  const module = resolveSpecifier(failure.file, found.reference.specifier, index.files);
  const plan = await planFix(failure.file, text, problem, found.reference, found.name, module, index);
  if ('reason' in plan) return { kind: 'decline', reason: plan.reason };
  if ('patch' in plan) return { kind: 'patch', patch: plan.patch };
  return pickCandidate([plan.candidate], {
    file: failure.file,
    before: text,
    confidence: plan.confidence,
    check: (after) => tsParseDiagnostics(failure.file, after),
  });
}

// The import (or export-from) declaration that asks for the name, nearest the failure's line.
function findImport(failure: Failure, problem: NameProblem, references: ModuleReference[]): { reference: ModuleReference; name: ImportedName | null } | null {
  const candidates = references
    .filter((r) => r.kind !== 'call' && (problem.specifier === undefined || r.specifier === problem.specifier))
    .map((reference) => ({ reference, name: reference.names.find((n) => n.imported === problem.name) ?? null }))
    .filter(({ reference, name }) => (problem.name === 'default' ? reference.defaultImport !== null : name !== null));
  const onLine = candidates.find(({ reference }) => reference.line <= failure.line && reference.endLine >= failure.line);
  return onLine ?? (candidates.length === 1 ? candidates[0] : null);
}

type Plan = { candidate: Candidate; confidence: number } | { patch: Patch } | { reason: string };

async function planFix(file: string, text: string, problem: NameProblem, reference: ModuleReference, name: ImportedName | null, module: string | null, index: ModuleIndex): Promise<Plan> {
  const exports = module ? await index.exportsOf(module) : null;
  if (problem.name === 'default' || !name) {
    const local = reference.defaultImport?.local ?? '';
    const after = module && (await index.exportedNames(module)).has(local) ? defaultToNamed(text, reference) : null;
    if (!after) return { reason: `'${local}' is not a named export of '${reference.specifier}' either` };
    return planned(text, after, `import '${local}' as a named import`, `${module} has no default export but exports '${local}' by name`, 0.9);
  }
  if (problem.suggestion) {
    const after = await renameImported(file, text, reference, name, problem.suggestion);
    return planned(text, after, `correct the imported name to '${problem.suggestion}'`, `tsc says '${problem.suggestion}' is what '${reference.specifier}' exports`, 0.95);
  }
  if (!module || !exports) return { reason: `'${reference.specifier}' is not a module of the repository` };
  if (exports.locals.has(name.imported)) {
    return missingExportPatch(module, name.imported, exports.locals.get(name.imported) ?? 0, index);
  }
  if (exports.defaultName === name.imported) {
    const after = namedToDefault(text, reference, name);
    if (after) return planned(text, after, `import '${name.imported}' as the default import`, `${module} exports '${name.imported}' as its default export`, 0.9);
  }
  const exported = await index.exportedNames(module);
  const closest = uniqueClosest(name.imported, exported);
  if (closest !== null) {
    const after = await renameImported(file, text, reference, name, closest);
    return planned(text, after, `correct the imported name to '${closest}'`, `'${closest}' is the only export of ${module} a typo away from '${name.imported}'`, 0.85);
  }
  const definers = await index.definersOf(name.imported, file);
  if (definers.length === 1 && isRelativeSpecifier(reference.specifier)) {
    const specifier = specifierFor(file, definers[0], styleOf(reference.specifier));
    const after = importFrom(text, reference, name, specifier);
    return planned(text, after, `import '${name.imported}' from '${specifier}'`, `${definers[0]} is the only module that defines '${name.imported}'`, 0.8);
  }
  return { reason: `no single fix for '${name.imported}' from '${reference.specifier}' (${definers.length} other module(s) define it)` };
}

function planned(text: string, after: string, description: string, reason: string, confidence: number): Plan {
  return { candidate: { after, description, reason, lastTouchedLine: firstChangedLine(text, after) + 1 }, confidence };
}
