// The parameters of a TypeScript function declared in the same file, by name: a function
// declaration, a const bound to an arrow or function expression, or a class method.
import type { Node } from 'web-tree-sitter';

export interface TsParameter {
  name: string;
  /** The annotation's text without the colon; null when there is none. */
  type: string | null;
}

const DECLARATIONS = ['function_declaration', 'variable_declarator', 'method_definition'];

// The parameters of the one function `name` declares in the file; null when there is not exactly one.
export function findTsParameters(root: Node, name: string): TsParameter[] | null {
  const found = root
    .descendantsOfType(DECLARATIONS)
    .filter((d): d is Node => d !== null && d.childForFieldName('name')?.text === name)
    .map(functionOf)
    .filter((f): f is Node => f !== null);
  if (found.length !== 1) return null;
  const params = found[0].childForFieldName('parameters')?.namedChildren ?? [];
  return params
    .filter((p): p is Node => p !== null && (p.type === 'required_parameter' || p.type === 'optional_parameter'))
    .map((p) => ({ name: p.childForFieldName('pattern')?.text ?? '', type: p.childForFieldName('type')?.text.replace(/^:\s*/, '') ?? null }));
}

function functionOf(declaration: Node): Node | null {
  if (declaration.type !== 'variable_declarator') return declaration;
  const value = declaration.childForFieldName('value');
  return value && (value.type === 'arrow_function' || value.type === 'function_expression') ? value : null;
}
