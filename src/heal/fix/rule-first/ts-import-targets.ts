// Which repository module a broken relative import path meant: one that exports every name the
// import asks for, found by its file name in another directory, by a path a typo away, or as the
// only module that defines the imported names. Two equally good answers are a guess: none.
import { posix } from 'node:path';
import { specifierFor, type PathStyle } from '../js-modules.ts';
import { uniqueClosest } from './ts-import-closest.ts';
import type { ModuleIndex } from './ts-import-index.ts';
import type { ModuleReference } from './ts-import-specifiers.ts';

export interface PathCorrection {
  specifier: string;
  target: string;
  confidence: number;
  why: string;
}

// The corrected path for `reference`, written in `style`, or the reason there is none.
export async function correctedPath(importer: string, reference: ModuleReference, index: ModuleIndex, style: PathStyle): Promise<PathCorrection | { reason: string }> {
  const wanted = reference.names.map((n) => n.imported);
  const fits = async (file: string): Promise<boolean> => {
    if (reference.defaultImport && !(await index.exportsOf(file))?.hasDefault) return false;
    if (wanted.length === 0) return true;
    const names = await index.exportedNames(file);
    return wanted.every((n) => names.has(n));
  };
  const candidates: string[] = [];
  for (const file of index.modules) if (file !== importer && (await fits(file))) candidates.push(file);
  const stem = stemOf(reference.specifier);
  const sameName = candidates.filter((f) => stemOf(f) === stem);
  if (sameName.length === 1) {
    return correction(importer, sameName[0], style, 0.9, `${sameName[0]} is the only module named '${stem}' that exports what the import asks for`);
  }
  if (sameName.length > 1) return { reason: `several modules named '${stem}' fit: ${sameName.join(', ')}` };
  const bySpecifier = new Map(candidates.map((f) => [specifierFor(importer, f, style), f]));
  const closest = uniqueClosest(reference.specifier, bySpecifier.keys());
  if (closest !== null) {
    const target = bySpecifier.get(closest) ?? closest;
    return correction(importer, target, style, 0.85, `'${closest}' is the only path to a module a typo away from '${reference.specifier}'`);
  }
  if (wanted.length > 0 && candidates.length > 0) {
    const definers = new Set<string>();
    for (const name of wanted) for (const file of await index.definersOf(name, importer)) definers.add(file);
    const defining = candidates.filter((f) => definers.has(f));
    if (defining.length === 1) {
      return correction(importer, defining[0], style, 0.75, `${defining[0]} is the only module that defines ${wanted.map((n) => `'${n}'`).join(', ')}`);
    }
  }
  return { reason: `no single repository module fits '${reference.specifier}' (${candidates.length} export what it imports)` };
}

function correction(importer: string, target: string, style: PathStyle, confidence: number, why: string): PathCorrection {
  return { specifier: specifierFor(importer, target, style), target, confidence, why };
}

// A path's module name: its file name without extension, or its directory's for an index file.
function stemOf(path: string): string {
  const ext = posix.extname(path);
  const base = posix.basename(path, ext);
  return base === 'index' ? posix.basename(posix.dirname(path)) : base;
}
