// mypy [return-value] ("Incompatible return value type (got "int", expected "str")"): when every
// return of the function gives the got type, the annotation is what is wrong and is changed;
// otherwise the returned value is converted between str and a number.
import type { Node } from 'web-tree-sitter';
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { guessPyType, isPyScalar } from './py-type-guess.ts';
import { isPyConvertible, pyConversion } from './py-type-convert.ts';
import { enclosingPyFunction, ownReturns, pyCandidate, pyNodesAt, runPyTypeFix, type PyTypeSite } from './py-type-tree.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const RETURN_VALUE = /^Incompatible return value type \(got "([^"]+)", expected "([^"]+)"\)$/;

// A fixer for a function whose return annotation and returned value disagree.
export function pyTypeReturnFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-type-return',
    strategy: 'rule_first',
    bugTypes: ['TYPE_ERROR'],
    languages: ['python'],
    fix: (failure, workspace) => fixReturn(failure, workspace, python),
  };
}

async function fixReturn(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const m = RETURN_VALUE.exec(failure.message.trim());
  if (!m) return { kind: 'decline', reason: `not a mypy return-value message: ${failure.message}` };
  return runPyTypeFix(failure, workspace, python, 0.8, (site) => candidatesFor(site, m[1], m[2]));
}

function candidatesFor(site: PyTypeSite, got: string, expected: string): Candidate[] | string {
  const returns = pyNodesAt(site, ['return_statement']);
  if (returns.length !== 1) return `${returns.length} return statements at line ${site.failure.line}`;
  const value = returns[0].namedChildren.find((c): c is Node => c !== null && c.type !== 'comment');
  const fn = enclosingPyFunction(returns[0]);
  const annotation = fn?.childForFieldName('return_type');
  if (!fn || !value || !annotation) return 'the return is not in an annotated function';
  const candidates: Candidate[] = [];
  if (isPyScalar(got) && got !== 'None' && annotation.text === expected && returnsOnly(fn, returns[0], got)) {
    const reason = `every return of '${fn.childForFieldName('name')?.text}' gives a ${got}; the annotation says ${expected}`;
    candidates.push(pyCandidate(site.text, [{ start: annotation.startIndex, end: annotation.endIndex, insert: got }], `change the return annotation to ${got}`, reason));
  }
  if (isPyConvertible(expected)) {
    const conversion = pyConversion(value, got, expected);
    if (conversion) {
      const description = conversion.literal ? conversion.what : `convert the returned value to ${expected}`;
      candidates.push(pyCandidate(site.text, [conversion.edit], description, `the function is annotated to return ${expected} and returns a ${got} here`));
    }
  }
  return candidates.length > 0 ? candidates : `neither the annotation nor the value can be made to agree (got ${got}, expected ${expected})`;
}

// The reported return gives `got` (mypy says so); every other return must visibly give it too.
function returnsOnly(fn: Node, reported: Node, got: string): boolean {
  return ownReturns(fn).every((r) => {
    if (r.id === reported.id) return true;
    const value = r.namedChildren.find((c): c is Node => c !== null && c.type !== 'comment');
    return value !== undefined && guessPyType(value) === got;
  });
}
