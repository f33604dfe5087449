// A Python value that may be None used as if it were not (mypy's Optional findings, the
// runtime's 'NoneType' errors), fixed only where the code shows what to do: the `.get` lookup
// gets the default the file uses for it elsewhere (or that the called parameter declares), or
// the function returns early with what it already returns on its empty path.
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { addGetDefault, earlyReturnEdit, fileDefaultFor, lookupOf, parameterDefault } from './py-type-none-evidence.ts';
import { findNoneValue, readPyNoneUse, type PyNoneUse } from './py-type-none-site.ts';
import { pyCandidate, runPyTypeFix, type PyTypeSite } from './py-type-tree.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

// A fixer for a None that needs a default or a guard the code already shows.
export function pyTypeNoneFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-type-none',
    strategy: 'rule_first',
    bugTypes: ['TYPE_ERROR'],
    languages: ['python'],
    fix: (failure, workspace) => fixNone(failure, workspace, python),
  };
}

async function fixNone(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const use = readPyNoneUse(failure.message);
  if (!use) return { kind: 'decline', reason: `not a None used as a value: ${failure.message}` };
  return runPyTypeFix(failure, workspace, python, 0.8, (site) => candidatesFor(site, use));
}

function candidatesFor(site: PyTypeSite, use: PyNoneUse): Candidate[] | string {
  const value = findNoneValue(site, use);
  if (typeof value === 'string') return value;
  const candidates: Candidate[] = [];
  const lookup = lookupOf(value, site.root);
  if (lookup) {
    const fromFile = fileDefaultFor(lookup, site.root);
    const callee = use.kind === 'argument' && lookup.id === value.id ? use : null;
    const fromParameter = callee ? parameterDefault(site.root, callee.callee, callee.position) : null;
    const chosen = fromFile ?? fromParameter;
    if (chosen !== null) {
      const why = fromFile !== null ? `the file passes ${chosen} as the default of the same lookup elsewhere` : `'${callee?.callee}' declares ${chosen} as that parameter's default`;
      candidates.push(pyCandidate(site.text, [addGetDefault(lookup, chosen)], `use the default ${chosen} when the value is missing`, `${lookup.text} gives None when the key is missing; ${why}`));
    }
  }
  const early = earlyReturnEdit(value, site.text);
  if (typeof early !== 'string') {
    const why = `'${value.text}' may be None here and the function already returns ${early.returned} on its empty path`;
    candidates.push(pyCandidate(site.text, [early.edit], `return early when '${value.text}' is None`, why));
  }
  if (candidates.length > 0) return candidates;
  const missing = lookup ? 'the file shows no default for the lookup' : `'${value.text}' does not come from a lookup the file gives a default`;
  return `${missing}, and ${typeof early === 'string' ? early : 'no guard fits'}`;
}
