// A name the module declares at its top level but never exports (tsc TS2459): the fix is in the
// module that defines it, `export` before its declaration, so every importer can reach it.
import type { Patch } from '../../types.ts';
import { splice } from '../text-lines.ts';
import { tsParseDiagnostics } from '../ts-syntax.ts';
import type { ModuleIndex } from './ts-import-index.ts';

// A patch adding `export` before the declaration of `name` at `offset` in `module`.
export async function missingExportPatch(module: string, name: string, offset: number, index: ModuleIndex): Promise<{ patch: Patch } | { reason: string }> {
  const before = await index.read(module);
  if (before === null) return { reason: `cannot read ${module}` };
  const after = splice(before, offset, offset, 'export ');
  if ((await tsParseDiagnostics(module, after)).length > (await tsParseDiagnostics(module, before)).length) return { reason: `exporting '${name}' would not parse in ${module}` };
  return {
    patch: {
      edits: [{ file: module, before, after }],
      description: `add the missing export of '${name}' to ${module}`,
      confidence: 0.85,
      reason: `${module} declares '${name}' at its top level without exporting it`,
    },
  };
}
