// A TypeScript value that may be null or undefined used as if it were not, fixed only where the
// code shows what to do: a `??` default the file already gives the same value (or the same kind
// of lookup), or `?.` where the result may be undefined (a return type that allows it, or a value
// the file already optional-chains and that goes where undefined is fine). Never `!` or a cast.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { typeEditCandidate } from './ts-type-edits.ts';
import { initializerOf, optionalChainEdit, nullishEdit, optionalChainEvidence, tsFileDefault } from './ts-type-none-evidence.ts';
import { findTsNoneValue, isUsedObject, readTsNoneUse, type TsNoneUse } from './ts-type-none-site.ts';
import { runTsTypeFix, type TsTypeSite } from './ts-type-tree.ts';

// A fixer for a possibly null or undefined value that needs a default or a guard the code shows.
export function tsTypeNoneFixer(): Fixer {
  return {
    name: 'ts-type-none',
    strategy: 'rule_first',
    bugTypes: ['TYPE_ERROR'],
    languages: ['typescript', 'javascript'],
    fix: fixNone,
  };
}

async function fixNone(failure: Failure, workspace: WorkspaceReader): Promise<FixResult> {
  const use = readTsNoneUse(failure.code, failure.message);
  if (!use) return { kind: 'decline', reason: `not a possibly null or undefined value: ${failure.message}` };
  return runTsTypeFix(failure, workspace, 0.8, (site) => candidatesFor(site, use));
}

function candidatesFor(site: TsTypeSite, use: TsNoneUse): Candidate[] | string {
  const value = findTsNoneValue(site, use);
  if (typeof value === 'string') return value;
  const candidates: Candidate[] = [];
  const init = initializerOf(value, site.root);
  const fromInit = init ? tsFileDefault(init, site.root) : null;
  const fromValue = fromInit === null ? tsFileDefault(value, site.root) : null;
  const chosen = fromInit ?? fromValue;
  if (chosen !== null) {
    const target = fromInit !== null && init ? init : value;
    const why = `the file gives ${target.text} the default ${chosen} with '??' elsewhere`;
    candidates.push(typeEditCandidate(site.text, [nullishEdit(target, chosen)], `use the default ${chosen} when the value is missing`, why));
  }
  const evidence = isUsedObject(value) ? optionalChainEvidence(value, site.text) : null;
  const edit = evidence ? optionalChainEdit(value) : null;
  if (evidence && edit) {
    candidates.push(typeEditCandidate(site.text, [edit], `guard the possibly ${use.missing} '${value.text}' with '?.'`, evidence));
  }
  return candidates.length > 0 ? candidates : `the file shows no default for '${value.text}' and no place that takes undefined from it`;
}
