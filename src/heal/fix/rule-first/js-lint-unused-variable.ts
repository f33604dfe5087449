// An unused JavaScript/TypeScript variable, as ESLint's no-unused-vars ("'x' is assigned a value
// but never used") or tsc's TS6133 reports it. The declaration goes when its value has no side
// effect; otherwise the value stays as a statement (`const x = f();` -> `f();`). An unused catch
// binding goes (`catch (e) {` -> `catch {`), and so does an unused last parameter (a caller's extra
// argument is ignored in JavaScript; in TypeScript the type check says whether a caller minds).
// Imports are ts-unused-import's; other parameters, functions and destructured names are declined.
import type { Node } from 'web-tree-sitter';
import type { Fixer } from '../../types.ts';
import type { Candidate } from '../candidates.ts';
import { grammarOf, parseTree } from '../syntax-tree.ts';
import { listItemRange, statementRange } from './import-removal.ts';
import { lintFixer, spliceCandidate, type LintInput } from './lint-fixer.ts';
import { isPureJs } from './lint-pure-expression.ts';
import { codesOf, JS_LINT_RULES } from './lint-rules.ts';

const UNUSED = [
  /^'([^']+)' is assigned a value but never used/,
  /^'([^']+)' is defined but never used/,
  /^'([^']+)' is declared but its value is never read/,
];
const DECLARATIONS = new Set(['lexical_declaration', 'variable_declaration']);
// A statement that starts with one of these would continue the previous line without a `;`.
const ASI_HAZARD = /^[([`+\-/]/;

// A fixer for unused variables in JavaScript/TypeScript.
export function jsUnusedVariableFixer(): Fixer {
  return lintFixer({ name: 'js-lint-unused-variable', languages: ['javascript', 'typescript'], codes: codesOf(JS_LINT_RULES, 'js-lint-unused-variable'), edit: removeVariable });
}

async function removeVariable({ failure, text }: LintInput): Promise<Candidate[] | string> {
  const name = UNUSED.map((re) => re.exec(failure.message)?.[1]).find((n) => n !== undefined);
  const grammar = grammarOf(failure.file);
  if (!name) return `not an unused-variable message: ${failure.message}`;
  if (grammar === null || grammar === 'python') return `${failure.file} is not JavaScript or TypeScript`;
  const tree = await parseTree(text, grammar);
  try {
    const row = failure.line - 1;
    const declarator = tree.rootNode
      .descendantsOfType('variable_declarator')
      .find((d) => d !== null && d.childForFieldName('name')?.type === 'identifier' && d.childForFieldName('name')?.text === name && d.childForFieldName('name')?.startPosition.row === row);
    if (declarator) return removeDeclarator(text, declarator, name);
    const binding = tree.rootNode.descendantsOfType('catch_clause').find((c) => c?.childForFieldName('parameter')?.text === name && c.childForFieldName('parameter')?.startPosition.row === row);
    if (binding) return removeCatchBinding(text, binding, name);
    const parameter = tree.rootNode.descendantsOfType('formal_parameters').flatMap((list) => (list ? parametersNamed(list, name, row) : []))[0];
    if (parameter) return removeLastParameter(text, parameter, name);
    return `no plain variable declaration, catch binding or parameter '${name}' at line ${failure.line}`;
  } finally {
    tree.delete();
  }
}

function removeDeclarator(text: string, declarator: Node, name: string): Candidate[] | string {
  const declaration = declarator.parent;
  if (!declaration || !DECLARATIONS.has(declaration.type) || declaration.parent?.type === 'export_statement') {
    return `'${name}' is not declared by a statement of its own`;
  }
  if (declaration.parent && /^for/.test(declaration.parent.type)) return `'${name}' is declared in a loop head`;
  const value = declarator.childForFieldName('value');
  const pure = value === null || isPureJs(value);
  const declarators = declaration.namedChildren.filter((c): c is Node => c !== null && c.type === 'variable_declarator');
  const reason = pure ? `'${name}' is never used and its value has no side effect` : `'${name}' is never used, but evaluating its value may have effects, so the value is kept as a statement`;
  if (declarators.length > 1) {
    if (!pure) return `'${name}' shares its declaration and its value may have effects`;
    const items = declarators.map((d) => ({ start: d.startIndex, end: d.endIndex }));
    return [spliceCandidate(text, listItemRange(text, items, declarators.findIndex((d) => d.startIndex === declarator.startIndex), 'js'), '', `remove the unused variable '${name}'`, reason)];
  }
  if (pure) {
    return [spliceCandidate(text, statementRange(text, { start: declaration.startIndex, end: declaration.endIndex }, 'js'), '', `remove the unused variable '${name}'`, reason)];
  }
  const kept = value!.type === 'call_expression' || (value!.type === 'await_expression' && value!.namedChildren[0]?.type === 'call_expression') ? 'the call' : 'its expression';
  const guard = ASI_HAZARD.test(value!.text) && !/[;{}]\s*$|^\s*$/.test(text.slice(0, declaration.startIndex)) ? ';' : '';
  return [spliceCandidate(text, { start: declaration.startIndex, end: value!.startIndex }, guard, `remove the unused variable '${name}' and keep ${kept}`, reason)];
}

// `catch (e) {` -> `catch {`: the binding is optional since ES2019.
function removeCatchBinding(text: string, clause: Node, name: string): Candidate[] | string {
  const parameter = clause.childForFieldName('parameter')!;
  const open = text.lastIndexOf('(', parameter.startIndex);
  const close = text.indexOf(')', parameter.endIndex);
  if (open < clause.startIndex || close < 0) return `the catch binding '${name}' is not in parentheses`;
  const start = /\s$/.test(text.slice(clause.startIndex, open)) ? open - 1 : open;
  return [spliceCandidate(text, { start, end: close + 1 }, '', `remove the unused catch binding '${name}'`, `the caught error '${name}' is never used; the binding is optional`)];
}

// The parameters of a list named `name` on the row: a plain identifier, a default (`x = 1`) or a
// TypeScript parameter (`x: T`, `x?: T`).
function parametersNamed(list: Node, name: string, row: number): Array<{ list: Node; parameter: Node }> {
  return list.namedChildren
    .filter((p): p is Node => p !== null && p.type !== 'comment')
    .filter((p) => {
      const id = p.type === 'identifier' ? p : (p.childForFieldName('pattern') ?? p.childForFieldName('left'));
      return id?.type === 'identifier' && id.text === name && id.startPosition.row === row;
    })
    .map((parameter) => ({ list, parameter }));
}

// Only the last parameter goes: removing another would shift the arguments after it.
function removeLastParameter(text: string, { list, parameter }: { list: Node; parameter: Node }, name: string): Candidate[] | string {
  const params = list.namedChildren.filter((p): p is Node => p !== null && p.type !== 'comment');
  const i = params.findIndex((p) => p.id === parameter.id);
  if (i !== params.length - 1) return `'${name}' is not the last parameter: removing it would shift the arguments after it`;
  const start = i === 0 ? parameter.startIndex : params[i - 1].endIndex;
  const trailing = /^\s*,/.exec(text.slice(parameter.endIndex, list.endIndex))?.[0].length ?? 0;
  return [spliceCandidate(text, { start, end: parameter.endIndex + trailing }, '', `remove the unused parameter '${name}'`, `'${name}' is the last parameter and is never used; a caller's extra argument is ignored`)];
}
