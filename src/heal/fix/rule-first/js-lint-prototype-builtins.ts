// ESLint no-prototype-builtins ("Do not access Object.prototype method 'hasOwnProperty' from target
// object"): `obj.hasOwnProperty(k)` becomes `Object.prototype.hasOwnProperty.call(obj, k)`, the
// same call made through the prototype, so an object without that prototype (or one that shadows
// the method) is answered the same way as any other.
import type { Node } from 'web-tree-sitter';
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { grammarOf, parseTree } from '../syntax-tree.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { codesOf, JS_LINT_RULES } from './lint-rules.ts';

const MESSAGE = /^Do not access Object\.prototype method '(hasOwnProperty|isPrototypeOf|propertyIsEnumerable)' from target object/;

// A fixer for Object.prototype builtins called on the object itself.
export function jsPrototypeBuiltinsFixer(): Fixer {
  return lintFixer({ name: 'js-lint-prototype-builtins', languages: ['javascript', 'typescript'], codes: codesOf(JS_LINT_RULES, 'js-lint-prototype-builtins'), edit: callThroughPrototype });
}

async function callThroughPrototype({ failure, text }: LintInput): Promise<Candidate[] | string> {
  const method = MESSAGE.exec(failure.message)?.[1];
  const grammar = grammarOf(failure.file);
  if (!method) return `not a no-prototype-builtins message: ${failure.message}`;
  if (grammar === null || grammar === 'python') return `${failure.file} is not JavaScript or TypeScript`;
  const tree = await parseTree(text, grammar);
  try {
    const calls = tree.rootNode.descendantsOfType('call_expression').filter((c): c is Node => c !== null && isCallOf(c, method, failure.line - 1));
    const call = failure.column === undefined ? (calls.length === 1 ? calls[0] : undefined) : calls.find((c) => propertyOf(c)!.startPosition.column === failure.column! - 1);
    if (!call) return `no single plain call of ${method} at line ${failure.line}`;
    const member = call.childForFieldName('function')!;
    const object = member.childForFieldName('object')!;
    const args = call.childForFieldName('arguments')!;
    const inner = text.slice(args.startIndex + 1, args.endIndex - 1).trim();
    const replacement = `Object.prototype.${method}.call(${object.text}${inner ? `, ${inner}` : ''})`;
    return [
      spliceCandidate(text, { start: call.startIndex, end: call.endIndex }, replacement, `call ${method} through Object.prototype`, `${object.text} may not inherit ${method} from Object.prototype, or may shadow it`),
    ];
  } finally {
    tree.delete();
  }
}

// `x.method(…)` on the row, plainly called (`x?.method(…)` and `x.method?.(…)` would answer
// undefined where the rewritten call throws, so they are left alone).
function isCallOf(call: Node, method: string, row: number): boolean {
  const member = call.childForFieldName('function');
  const property = propertyOf(call);
  const optional = (n: Node) => n.children.some((c) => c?.type === 'optional_chain');
  return member?.type === 'member_expression' && property?.text === method && property.startPosition.row === row && !optional(member) && !optional(call);
}

function propertyOf(call: Node): Node | null {
  const member = call.childForFieldName('function');
  return member?.type === 'member_expression' ? member.childForFieldName('property') : null;
}
