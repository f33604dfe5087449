// Relative import paths that reach no file: a missing extension in an ES module path (tsc
// TS2834/TS2835, Node's ERR_MODULE_NOT_FOUND), a misspelled file name or a wrong directory
// (tsc TS2307/TS2792, Node, jest, vitest). Rewrites only the path between the quotes.
import { posix } from 'node:path';
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { pickCandidate } from '../candidates.ts';
import { isRelativeSpecifier, resolveSpecifier, specifierFor, styleOf, type PathStyle } from '../js-modules.ts';
import { indexLines, lineOf, splice } from '../text-lines.ts';
import { tsParseDiagnostics } from '../ts-syntax.ts';
import { moduleIndex, type ModuleIndex } from './ts-import-index.ts';
import { moduleReferences, type ModuleReference } from './ts-import-specifiers.ts';
import { correctedPath } from './ts-import-targets.ts';

const NOT_FOUND = [
  /^Cannot find module '([^']+)' or its corresponding type declarations/, // tsc TS2307
  /^Cannot find module '([^']+)'\. Did you mean to set/, // tsc TS2792
  /^Cannot find module '([^']+)' from '/, // jest
  /^Failed to (?:resolve|load url) (?:import )?"?([^"\s]+)"? (?:from|\()/, // vitest / vite
];
// Node names both files absolutely; the path as written is the one relative to the importer.
const NODE_NOT_FOUND = /^Cannot find module '(\/[^']+)' imported from (\/\S+)$/;
const EXTENSION_NEEDED = /^Relative import paths need explicit file extensions/; // TS2834, TS2835
const TSC_SUGGESTION = /Did you mean '([^']+)'\?$/;

// A fixer for relative import paths that name no file of the repository.
export function tsImportPathFixer(): Fixer {
  return {
    name: 'ts-import-path',
    strategy: 'rule_first',
    bugTypes: ['IMPORT'],
    languages: ['typescript', 'javascript'],
    fix: fixImportPath,
  };
}

async function fixImportPath(failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const references = (await moduleReferences(failure.file, text)).filter((r) => isRelativeSpecifier(r.specifier));
  const reference = failingReference(failure, text, references);
  if (!reference) return { kind: 'decline', reason: `no relative import at ${failure.file} line ${failure.line} matches: ${failure.message}` };
  const index = await moduleIndex(workspace);
  const target = await newSpecifier(failure, reference, references, index);
  if ('reason' in target) return { kind: 'decline', reason: target.reason };
  const after = splice(text, reference.source.start, reference.source.end, target.specifier);
  const added = target.specifier.startsWith(reference.specifier) ? target.specifier.slice(reference.specifier.length) : '';
  const description = /^\.[a-z]+$/.test(added) ? `add the '${added}' extension to the import path` : `correct the import path to '${target.specifier}'`;
  return pickCandidate([{ after, description, reason: target.why, lastTouchedLine: lineOf(indexLines(after), reference.source.end) }], {
    file: failure.file,
    before: text,
    confidence: target.confidence,
    check: (candidate) => tsParseDiagnostics(failure.file, candidate),
  });
}

// The reference the failure is about: by the path its message names, else by its column.
function failingReference(failure: Failure, text: string, references: ModuleReference[]): ModuleReference | undefined {
  const node = NODE_NOT_FOUND.exec(failure.message);
  const written = node ? nodeWrittenPath(node[1], node[2]) : NOT_FOUND.map((re) => re.exec(failure.message)?.[1]).find(Boolean);
  const onLine = (r: ModuleReference): boolean => r.line <= failure.line && r.endLine >= failure.line;
  if (written !== undefined) {
    const same = node
      ? references.filter((r) => posix.join(posix.dirname(failure.file), r.specifier) === posix.join(posix.dirname(failure.file), written))
      : references.filter((r) => r.specifier === written);
    return same.find(onLine) ?? same[0];
  }
  if (!EXTENSION_NEEDED.test(failure.message)) return undefined;
  const lineRefs = references.filter(onLine);
  if (failure.column === undefined || lineRefs.length <= 1) return lineRefs[0];
  const offset = indexLines(text).starts[failure.line - 1] + failure.column - 1;
  return lineRefs.find((r) => offset >= r.source.start - 1 && offset <= r.source.end + 1) ?? lineRefs[0];
}

function nodeWrittenPath(missing: string, importer: string): string {
  const path = posix.relative(posix.dirname(importer), missing);
  return path.startsWith('.') ? path : `./${path}`;
}

interface Target {
  specifier: string;
  confidence: number;
  why: string;
}

async function newSpecifier(failure: Failure, reference: ModuleReference, references: ModuleReference[], index: ModuleIndex): Promise<Target | { reason: string }> {
  const extensionMissing = EXTENSION_NEEDED.test(failure.message) || NODE_NOT_FOUND.test(failure.message);
  const suggested = failure.code === 'TS2835' ? TSC_SUGGESTION.exec(failure.message)?.[1] : undefined;
  if (suggested && resolveSpecifier(failure.file, suggested, index.files)) {
    return { specifier: suggested, confidence: 0.95, why: `tsc suggests '${suggested}', which resolves to a file of the repository` };
  }
  const style = pathStyle(reference, references, extensionMissing);
  // Node's ESM loader wants the exact file; an extensionless path that tsc or a bundler would resolve only lacks it.
  if (extensionMissing && styleOf(reference.specifier) === 'none') {
    const target = resolveSpecifier(failure.file, reference.specifier, index.files);
    if (target) {
      return { specifier: specifierFor(failure.file, target, style), confidence: 0.95, why: `'${reference.specifier}' names ${target} without its extension, which ES modules require` };
    }
  }
  const corrected = await correctedPath(failure.file, reference, index, style);
  if ('reason' in corrected) return corrected;
  return { specifier: corrected.specifier, confidence: corrected.confidence, why: corrected.why };
}

// The style the fixed path follows: its own, else the file's other relative paths, else `.js`
// (what ES modules need, and what tsc maps back to a .ts file).
function pathStyle(reference: ModuleReference, references: ModuleReference[], extensionRequired: boolean): PathStyle {
  const own = styleOf(reference.specifier);
  if (own !== 'none' || !extensionRequired) return own;
  const other = references.map((r) => styleOf(r.specifier)).find((s) => s !== 'none');
  return other ?? 'js';
}
