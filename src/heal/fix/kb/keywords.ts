// Words a replayed fix must find as they are: keywords and the builtins every program shares. A
// user's own names may differ from one repository to the next; these never do.
import type { Language } from '../../types.ts';

const PYTHON = [
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del',
  'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
  'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'self', 'cls',
  'abs', 'all', 'any', 'bool', 'dict', 'enumerate', 'filter', 'float', 'int', 'isinstance', 'len', 'list', 'map',
  'max', 'min', 'object', 'print', 'range', 'reversed', 'set', 'sorted', 'str', 'sum', 'super', 'tuple', 'zip',
  'Exception', 'ValueError', 'TypeError', 'KeyError', 'IndexError', 'AttributeError', 'RuntimeError',
];

const JAVASCRIPT = [
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'export', 'extends', 'false', 'finally', 'for', 'from', 'function', 'if', 'import', 'in', 'instanceof',
  'let', 'new', 'null', 'of', 'return', 'static', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof',
  'undefined', 'var', 'void', 'while', 'with', 'yield',
  'Array', 'Boolean', 'Error', 'Infinity', 'JSON', 'Map', 'Math', 'NaN', 'Number', 'Object', 'Promise', 'Set',
  'String', 'TypeError', 'console', 'exports', 'module', 'require',
];

const TYPESCRIPT = [
  ...JAVASCRIPT,
  'as', 'any', 'boolean', 'declare', 'enum', 'implements', 'interface', 'keyof', 'never', 'number', 'private',
  'protected', 'public', 'readonly', 'satisfies', 'string', 'type', 'unknown',
];

const KEYWORDS: Record<Language, ReadonlySet<string>> = {
  python: new Set(PYTHON),
  javascript: new Set(JAVASCRIPT),
  typescript: new Set(TYPESCRIPT),
};

/** Whether a word is fixed in the language (not one of the program's own names). */
export function isKeyword(word: string, language: Language): boolean {
  return KEYWORDS[language].has(word);
}
