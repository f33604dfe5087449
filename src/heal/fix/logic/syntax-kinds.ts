// What the mutation operators need to know about each tree-sitter grammar, as data: which node
// types hold an operator, a literal, a call, a function, a statement. The operators themselves
// are written once for every language against this table.
import type { Grammar } from '../syntax-tree.ts';

export interface SyntaxKinds {
  /** Nodes whose operator is an anonymous child token: `a < b`, `a and b`, `x += 1`, `i++`. */
  operatorNodes: readonly string[];
  /** The node negating a condition (`not x`, `!x`), whose operand is the field `argument`. */
  negation: { type: string; token: string };
  /** Places a condition stands (field `condition` of these nodes). */
  conditions: readonly string[];
  integer: { type: string; pattern: RegExp };
  identifier: string;
  call: string;
  /** The field of a call holding its arguments, and the node type of that list. */
  argumentList: string;
  /** Calls whose arguments are bounds (`range(a, b)`, `s.slice(a, b)`): off-by-one targets. */
  boundCalls: readonly string[];
  /** Subscripts whose index is a bound: node type and field of the index. */
  subscript: { type: string; field: string };
  /** Slice nodes whose named children are bounds (Python only). */
  slice: string | null;
  /** Expressions of a length (`len(x)`, `x.length`): off-by-one targets wherever they stand. */
  lengthCall: string | null;
  lengthProperty: string | null;
  returnStatement: string;
  ifStatement: string;
  /** Nodes holding a list of statements. */
  blocks: readonly string[];
  /** Scopes whose names a variable may be replaced with. */
  functions: readonly string[];
  /** Statements that may be deleted (never a definition). */
  deletable: readonly string[];
  /** What stands in for a deleted statement when the block would be left empty. */
  emptyStatement: string | null;
  /** Identifiers that are not variables. */
  reserved: readonly string[];
}

const PYTHON: SyntaxKinds = {
  operatorNodes: ['binary_operator', 'comparison_operator', 'boolean_operator', 'augmented_assignment'],
  negation: { type: 'not_operator', token: 'not' },
  conditions: ['if_statement', 'elif_clause', 'while_statement', 'conditional_expression'],
  integer: { type: 'integer', pattern: /^\d+$/ },
  identifier: 'identifier',
  call: 'call',
  argumentList: 'argument_list',
  boundCalls: ['range'],
  subscript: { type: 'subscript', field: 'subscript' },
  slice: 'slice',
  lengthCall: 'len',
  lengthProperty: null,
  returnStatement: 'return_statement',
  ifStatement: 'if_statement',
  blocks: ['block', 'module'],
  functions: ['function_definition'],
  deletable: ['expression_statement', 'return_statement', 'break_statement', 'continue_statement'],
  emptyStatement: 'pass',
  reserved: ['self', 'cls'],
};

const JAVASCRIPT: SyntaxKinds = {
  operatorNodes: ['binary_expression', 'augmented_assignment_expression', 'update_expression'],
  negation: { type: 'unary_expression', token: '!' },
  conditions: ['if_statement', 'while_statement', 'do_statement', 'for_statement', 'ternary_expression'],
  integer: { type: 'number', pattern: /^\d+$/ },
  identifier: 'identifier',
  call: 'call_expression',
  argumentList: 'arguments',
  boundCalls: ['slice', 'substring', 'substr', 'charAt', 'charCodeAt', 'at', 'splice'],
  subscript: { type: 'subscript_expression', field: 'index' },
  slice: null,
  lengthCall: null,
  lengthProperty: 'length',
  returnStatement: 'return_statement',
  ifStatement: 'if_statement',
  blocks: ['statement_block', 'program'],
  functions: ['function_declaration', 'function_expression', 'function', 'arrow_function', 'method_definition', 'generator_function_declaration'],
  deletable: ['expression_statement', 'return_statement', 'break_statement', 'continue_statement'],
  emptyStatement: null,
  reserved: ['undefined', 'NaN', 'Infinity', 'arguments'],
};

const KINDS: Record<Grammar, SyntaxKinds> = { python: PYTHON, javascript: JAVASCRIPT, typescript: JAVASCRIPT, tsx: JAVASCRIPT };

/** The table of a grammar. */
export function kindsOf(grammar: Grammar): SyntaxKinds {
  return KINDS[grammar];
}

/** Statement-like nodes: a line's mutations stay inside the statements that stand on it. */
export function isStatement(type: string): boolean {
  return /_statement$|_declaration$|_definition$/.test(type) || STATEMENT_CLAUSES.has(type);
}

const STATEMENT_CLAUSES = new Set(['elif_clause', 'else_clause', 'except_clause', 'finally_clause', 'switch_case', 'switch_default', 'case_clause']);
