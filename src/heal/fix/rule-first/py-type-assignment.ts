// mypy [assignment] ("Incompatible types in assignment (expression has type "float", variable has
// type "int")"): between str and a number the assigned value is converted; otherwise the variable's
// annotation, on the line or on its declaration earlier in the same scope, is changed to the type
// the code assigns. The gate's mypy run then says whether the other uses agree.
import type { Node } from 'web-tree-sitter';
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { isPyConvertible, pyConversion } from './py-type-convert.ts';
import { enclosingPyFunction, pyCandidate, pyNodesAt, runPyTypeFix, type PyTypeSite } from './py-type-tree.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const ASSIGNMENT = /^Incompatible types in assignment \(expression has type "([^"]+)", variable has type "([^"]+)"\)$/;
/** Types mypy prints that can stand as an annotation as they are: names, generics, unions. */
const WRITABLE_TYPE = /^[A-Za-z_][\w.]*(\[[\w.\[\], |]*\])?( \| [A-Za-z_][\w.]*(\[[\w.\[\], |]*\])?)*$/;

// A fixer for a value whose type the variable's annotation does not allow.
export function pyTypeAssignmentFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-type-assignment',
    strategy: 'rule_first',
    bugTypes: ['TYPE_ERROR'],
    languages: ['python'],
    fix: (failure, workspace) => fixAssignment(failure, workspace, python),
  };
}

async function fixAssignment(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const m = ASSIGNMENT.exec(failure.message.trim());
  if (!m) return { kind: 'decline', reason: `not a mypy assignment message: ${failure.message}` };
  return runPyTypeFix(failure, workspace, python, 0.75, (site) => candidatesFor(site, m[1], m[2]));
}

function candidatesFor(site: PyTypeSite, got: string, declared: string): Candidate[] | string {
  const assignments = pyNodesAt(site, ['assignment']).filter((a) => a.childForFieldName('right') !== null);
  if (assignments.length !== 1) return `${assignments.length} assignments at line ${site.failure.line}`;
  const assignment = assignments[0];
  const target = assignment.childForFieldName('left')!;
  const value = assignment.childForFieldName('right')!;
  const annotation = assignment.childForFieldName('type') ?? declarationOf(assignment, target.text)?.childForFieldName('type');
  const retype =
    annotation && annotation.text === declared && WRITABLE_TYPE.test(got)
      ? pyCandidate(site.text, [{ start: annotation.startIndex, end: annotation.endIndex, insert: got }], `change the annotation of '${target.text}' to ${got}`, `'${target.text}' is annotated ${declared} and is given a ${got}`)
      : null;
  // Between str and a number the declared type is the contract the other uses rely on: convert the
  // value first. A float is never cut down to an int: the annotation widens instead.
  const conversion = isPyConvertible(declared) ? pyConversion(value, got, declared) : null;
  const convert =
    conversion && (got === 'str' || declared === 'str')
      ? pyCandidate(site.text, [conversion.edit], conversion.literal ? conversion.what : `convert the assigned value to ${declared}`, `'${target.text}' is annotated ${declared} and is given a ${got} here`)
      : null;
  const candidates = [convert, retype].filter((c): c is Candidate => c !== null);
  return candidates.length > 0 ? candidates : `neither the annotation nor the value can be made to agree (expression ${got}, variable ${declared})`;
}

// The annotated assignment or bare annotation (`x: int = 0`, `x: int`) declaring the same target
// earlier in the same function (or at module level); null when there is none.
function declarationOf(assignment: Node, target: string): Node | null {
  const scope = enclosingPyFunction(assignment);
  let found: Node | null = null;
  for (const candidate of (scope ?? rootOf(assignment)).descendantsOfType('assignment')) {
    if (!candidate || candidate.startIndex >= assignment.startIndex) continue;
    if (enclosingPyFunction(candidate)?.id !== scope?.id) continue;
    if (candidate.childForFieldName('left')?.text === target && candidate.childForFieldName('type')) found = candidate;
  }
  return found;
}

function rootOf(node: Node): Node {
  let n = node;
  while (n.parent) n = n.parent;
  return n;
}
