// Where an imported name really lives when the module named in the import does not offer it:
// the one repository module that defines it (one inside the named package first), or the one
// submodule of a standard-library or installed package that does (`collections` -> `collections.abc`).
import type { FixResult } from '../../types.ts';
import { externalNames, externalSubmodules } from '../python-env.ts';
import { pythonSyntaxProblem } from '../python-syntax.ts';
import { protectedReason } from '../../verify/protected-paths.ts';
import { addModuleImport } from './py-import-edits.ts';
import { importNameFor, inRepo, pyResolverFile, repoDefiners, repoFile, type PyResolver } from './py-import-resolve.ts';
import { pythonImportStatements } from './py-import-statement.ts';

// Packages with more submodules than this are not searched one by one.
const MAX_SUBMODULES = 30;

export interface MovedName {
  /** The module to import the name from, as the importing file should write it (absolute). */
  module: string;
  file: string | null;
}

// The single module the name should be imported from instead of `module`, or null.
export async function movedName(r: PyResolver, file: string, module: string, name: string): Promise<MovedName | null> {
  const moduleFile = repoFile(r, module);
  const definers = await repoDefiners(r, name, [file, ...(moduleFile ? [moduleFile] : [])]);
  const inside = definers.filter((f) => (r.index.preferred.get(f) ?? '').startsWith(`${module}.`));
  const chosen = inside.length === 1 ? inside[0] : definers.length === 1 ? definers[0] : null;
  if (chosen) {
    const target = importNameFor(r, file, chosen);
    return target && target !== module ? { module: target, file: chosen } : null;
  }
  if (definers.length > 0 || inRepo(r, module)) return null;
  const subs = await externalSubmodules(module, r.python);
  if (subs.length === 0 || subs.length > MAX_SUBMODULES) return null;
  const offering: string[] = [];
  for (const sub of subs.filter((s) => !s.startsWith('_'))) {
    if ((await externalNames(`${module}.${sub}`, r.python)).includes(name)) offering.push(`${module}.${sub}`);
  }
  return offering.length === 1 ? { module: offering[0], file: null } : null;
}

// When the importing file may not be edited (a test imports `from pkg import y`), the package
// itself should export y: adds `from .sub import y` to pkg/__init__.py when exactly one of its
// submodules defines y.
export async function exportFromPackage(r: PyResolver, file: string, module: string, name: string): Promise<FixResult | null> {
  if (!protectedReason(file)) return null;
  const init = repoFile(r, module);
  if (!init || !init.endsWith('__init__.py') || protectedReason(init)) return null;
  const definers = (await repoDefiners(r, name, [file, init])).filter((f) => (r.index.preferred.get(f) ?? '').startsWith(`${module}.`));
  if (definers.length !== 1) return null;
  const relative = `.${r.index.preferred.get(definers[0])!.slice(module.length + 1)}`;
  const before = await pyResolverFile(r, init);
  if (before === null) return null;
  const line = `from ${relative} import ${name}`;
  const { after, line: at } = addModuleImport(before, await pythonImportStatements(before), line);
  if (await pythonSyntaxProblem(after, r.python)) return null;
  return {
    kind: 'patch',
    patch: {
      edits: [{ file: init, before, after }],
      description: `add the missing export '${line}' to ${init}`,
      confidence: 0.8,
      reason: `${file} may not be edited; '${name}' is defined in ${definers[0]} but ${init} does not import it (line ${at})`,
    },
  };
}
