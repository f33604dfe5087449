// mypy [arg-type] ("Argument 2 to "pair" has incompatible type "int"; expected "str""): the
// arguments are swapped when the signature's parameter types show the swap is right, else the
// argument is converted between str and a number.
import type { Node } from 'web-tree-sitter';
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { guessPyType } from './py-type-guess.ts';
import { isPyConvertible, pyConversion } from './py-type-convert.ts';
import { findPySignature, type PySignature } from './py-type-signature.ts';
import { pyCandidate, pyNodesAt, runPyTypeFix, type PyTypeSite, calleeName } from './py-type-tree.ts';
import type { PythonFixerOptions } from './py-unused-import.ts';

const ARG_TYPE = /^Argument (\d+|"\w+") to "(\w+)"(?: of "(\w+)")? has incompatible type "([^"]+)"; expected "([^"]+)"$/;

interface ArgClash {
  /** 1-based position, or the keyword's name. */
  which: number | string;
  callee: string;
  owner: string | null;
  got: string;
  expected: string;
}

// A fixer for mypy's arg-type findings that the types settle: a swap or a str/number conversion.
export function pyTypeArgumentFixer(options: PythonFixerOptions = {}): Fixer {
  const python = options.python ?? 'python3';
  return {
    name: 'py-type-argument',
    strategy: 'rule_first',
    bugTypes: ['TYPE_ERROR'],
    languages: ['python'],
    fix: (failure, workspace) => fixArgument(failure, workspace, python),
  };
}

async function fixArgument(failure: Failure, workspace: WorkspaceReader, python: string): Promise<FixResult> {
  const m = ARG_TYPE.exec(failure.message.trim());
  if (!m) return { kind: 'decline', reason: `not a mypy arg-type message: ${failure.message}` };
  const which = m[1].startsWith('"') ? m[1].slice(1, -1) : Number(m[1]);
  const clash: ArgClash = { which, callee: m[2], owner: m[3] ?? null, got: m[4], expected: m[5] };
  return runPyTypeFix(failure, workspace, python, 0.85, (site) => candidatesFor(site, clash));
}

async function candidatesFor(site: PyTypeSite, clash: ArgClash): Promise<Candidate[] | string> {
  const calls = pyNodesAt(site, ['call']).filter((c) => calleeName(c) === clash.callee);
  if (calls.length !== 1) return `${calls.length} calls of '${clash.callee}' at line ${site.failure.line}`;
  const args = calls[0].childForFieldName('arguments')?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'comment') ?? [];
  const arg = typeof clash.which === 'number' ? positional(args)[clash.which - 1] : keywordValue(args, clash.which);
  if (!arg) return `argument ${clash.which} of the call of '${clash.callee}' not found`;
  const candidates: Candidate[] = [];
  if (typeof clash.which === 'number') {
    const signature = await findPySignature(site, clash.callee, clash.owner);
    const swap = signature ? swapCandidate(site, clash, positional(args), signature) : null;
    if (swap) candidates.push(swap);
  }
  if (isPyConvertible(clash.expected)) {
    const conversion = pyConversion(arg, clash.got, clash.expected);
    if (conversion) {
      const description = conversion.literal ? conversion.what : `convert the argument to ${clash.expected}`;
      candidates.push(pyCandidate(site.text, [conversion.edit], description, `'${clash.callee}' expects a ${clash.expected} there and gets a ${clash.got}`));
    }
  }
  return candidates.length > 0 ? candidates : `no swap or conversion turns a ${clash.got} into a ${clash.expected}`;
}


// The positional arguments, up to the first keyword or unpacked one (mypy counts past them differently).
function positional(args: Node[]): Node[] {
  const end = args.findIndex((a) => a.type === 'keyword_argument' || a.type === 'list_splat' || a.type === 'dictionary_splat');
  return end < 0 ? args : args.slice(0, end);
}

function keywordValue(args: Node[], name: string): Node | null {
  const kw = args.find((a) => a.type === 'keyword_argument' && a.childForFieldName('name')?.text === name);
  return kw?.childForFieldName('value') ?? null;
}

// Swaps argument i with the one argument j whose parameter wants what i is, when j's argument is
// what i's parameter wants (by its visible type, or by carrying that parameter's name).
function swapCandidate(site: PyTypeSite, clash: ArgClash, args: Node[], signature: PySignature): Candidate | null {
  const i = (clash.which as number) - 1;
  const params = signature.params;
  if (args.length > params.length || params[i]?.type !== clash.expected) return null;
  const partners = args
    .map((arg, j) => ({ arg, j }))
    .filter(({ arg, j }) => j !== i && params[j]?.type === clash.got && params[j].type !== params[i].type)
    .filter(({ arg }) => guessPyType(arg) === clash.expected || (arg.type === 'identifier' && arg.text === params[i].name));
  if (partners.length !== 1) return null;
  const { arg: other, j } = partners[0];
  const mine = args[i];
  const edits = [
    { start: mine.startIndex, end: mine.endIndex, insert: other.text },
    { start: other.startIndex, end: other.endIndex, insert: mine.text },
  ];
  const reason = `'${clash.callee}' takes ${params[i].name}: ${params[i].type} at ${i + 1} and ${params[j].name}: ${params[j].type} at ${j + 1}; the call passes them the other way round`;
  return pyCandidate(site.text, edits, 'swap the arguments to match the signature', reason);
}
