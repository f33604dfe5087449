// A name used but never imported (tsc TS2304/TS2552 "Cannot find name", Node's ReferenceError
// "x is not defined"): when exactly one module of the repository defines and exports it, the
// missing import is added, to that module's existing import list when there is one.
import { posix } from 'node:path';
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate } from '../candidates.ts';
import { isRelativeSpecifier, resolveSpecifier, specifierFor, styleInText, styleOf, type PathStyle } from '../js-modules.ts';
import { tsParseDiagnostics } from '../ts-syntax.ts';
import { moduleIndex, type ModuleIndex } from './ts-import-index.ts';
import { addImport, firstChangedLine, type NewImport } from './ts-import-insert.ts';
import { moduleReferences, type ModuleReference } from './ts-import-specifiers.ts';

const UNKNOWN_NAME = [/^Cannot find name '([^']+)'/, /^([A-Za-z_$][\w$]*) is not defined$/];
const STYLE_SAMPLE = 20;

// A fixer that adds the import of a name exactly one repository module exports.
export function tsMissingImportFixer(): Fixer {
  return {
    name: 'ts-import-missing',
    strategy: 'rule_first',
    bugTypes: ['IMPORT'],
    languages: ['typescript', 'javascript'],
    fix: fixMissingImport,
  };
}

async function fixMissingImport(failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  const name = UNKNOWN_NAME.map((re) => re.exec(failure.message)?.[1]).find((n) => n !== undefined);
  if (!name) return { kind: 'decline', reason: `not an unknown-name message: ${failure.message}` };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const references = await moduleReferences(failure.file, text);
  if (references.some((r) => r.defaultImport?.local === name || r.names.some((n) => n.local === name))) {
    return { kind: 'decline', reason: `'${name}' is already imported in ${failure.file}` };
  }
  const index = await moduleIndex(workspace);
  if (!(await isEsModule(failure.file, references, index))) return { kind: 'decline', reason: `${failure.file} is a CommonJS module` };
  const named = await index.definersOf(name, failure.file);
  const defaults = await index.defaultDefinersOf(name, failure.file);
  if (named.length + defaults.length !== 1) {
    return { kind: 'decline', reason: `'${name}' is defined by ${named.length + defaults.length} repository modules, not exactly one` };
  }
  const module = named[0] ?? defaults[0];
  const exports = await index.exportsOf(module);
  const isType = named.length === 1 && exports?.own.get(name) === 'type' && /\.[mc]?tsx?$/.test(failure.file);
  const specifier = specifierFor(failure.file, module, await pathStyle(failure.file, text, references, index));
  const wanted: NewImport = { name, isDefault: defaults.length === 1, isType, specifier, module };
  const after = addImport(text, wanted, references.filter((r) => resolves(failure.file, r, module, index)), references);
  return pickCandidate(
    [{
      after,
      description: `add the missing import of '${name}' from '${specifier}'`,
      reason: `${module} is the only repository module that exports '${name}'`,
      lastTouchedLine: firstChangedLine(text, after) + 1,
    }],
    { file: failure.file, before: text, confidence: 0.85, check: (candidate) => tsParseDiagnostics(failure.file, candidate) },
  );
}

function resolves(file: string, reference: ModuleReference, module: string, index: ModuleIndex): boolean {
  return reference.kind === 'import' && resolveSpecifier(file, reference.specifier, index.files) === module;
}

// TypeScript compiles `import` either way; a .js file may only gain one when it is an ES module.
async function isEsModule(file: string, references: ModuleReference[], index: ModuleIndex): Promise<boolean> {
  const ext = posix.extname(file).toLowerCase();
  if (['.ts', '.tsx', '.mts', '.mjs'].includes(ext)) return true;
  if (['.cts', '.cjs'].includes(ext)) return false;
  if (references.some((r) => r.kind !== 'call' && r.topLevel)) return true;
  for (let dir = posix.dirname(file); ; dir = posix.dirname(dir)) {
    const manifest = dir === '.' ? 'package.json' : `${dir}/package.json`;
    const text = index.files.has(manifest) ? await index.read(manifest) : null;
    if (text !== null) return /"type"\s*:\s*"module"/.test(text);
    if (dir === '.' || dir === '/') return false;
  }
}

// The file's own style of relative paths, else the repository's, else `.js` (ES modules need it).
async function pathStyle(file: string, text: string, references: ModuleReference[], index: ModuleIndex): Promise<PathStyle> {
  const own = references.find((r) => isRelativeSpecifier(r.specifier));
  if (own) return styleOf(own.specifier);
  for (const other of index.modules.filter((f) => f !== file).slice(0, STYLE_SAMPLE)) {
    const style = styleInText((await index.read(other)) ?? '');
    if (style) return style;
  }
  return styleInText(text) ?? 'js';
}
