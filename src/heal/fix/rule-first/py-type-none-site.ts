// Where a Python value that may be None is used as if it were not: mypy's [union-attr],
// [arg-type], [return-value] and [operator] findings about Optional values, and the runtime's
// AttributeError / TypeError on 'NoneType'. Reads the message and finds the expression.
import type { Node } from 'web-tree-sitter';
import { pyNodesAt, type PyTypeSite, calleeName } from './py-type-tree.ts';

/** How the None-able value is used, as the message tells it. */
export type PyNoneUse =
  | { kind: 'attribute'; name: string }
  | { kind: 'argument'; position: number; callee: string }
  | { kind: 'return' }
  | { kind: 'operand'; op: string; side: 'left' | 'right' };

const OPTIONAL = String.raw`(?:Optional\[.+\]|.+ \| None|None \| .+)`;
const READERS: { pattern: RegExp; read: (m: RegExpExecArray) => PyNoneUse }[] = [
  { pattern: /^Item "None" of ".+" has no attribute "(\w+)"$/, read: (m) => ({ kind: 'attribute', name: m[1] }) },
  { pattern: /^'NoneType' object has no attribute '(\w+)'$/, read: (m) => ({ kind: 'attribute', name: m[1] }) },
  {
    pattern: new RegExp(String.raw`^Argument (\d+) to "(\w+)"(?: of "\w+")? has incompatible type "${OPTIONAL}"; expected "[^"]+"$`),
    read: (m) => ({ kind: 'argument', position: Number(m[1]), callee: m[2] }),
  },
  { pattern: new RegExp(String.raw`^Incompatible return value type \(got "${OPTIONAL}", expected "[^"]+"\)$`), read: () => ({ kind: 'return' }) },
  { pattern: /^Unsupported operand types for (\S+) \("None" and "[^"]+"\)$/, read: (m) => ({ kind: 'operand', op: m[1], side: 'left' }) },
  { pattern: /^Unsupported operand types for (\S+) \("[^"]+" and "None"\)$/, read: (m) => ({ kind: 'operand', op: m[1], side: 'right' }) },
  { pattern: /^Unsupported left operand type for (\S+) \("None"\)$/, read: (m) => ({ kind: 'operand', op: m[1], side: 'left' }) },
  { pattern: /^unsupported operand type\(s\) for (\S+?): 'NoneType' and '\w+'$/, read: (m) => ({ kind: 'operand', op: m[1], side: 'left' }) },
  { pattern: /^unsupported operand type\(s\) for (\S+?): '\w+' and 'NoneType'$/, read: (m) => ({ kind: 'operand', op: m[1], side: 'right' }) },
];

// What the message says is None and how it is used; null for messages about other types.
export function readPyNoneUse(message: string): PyNoneUse | null {
  for (const { pattern, read } of READERS) {
    const m = pattern.exec(message.trim());
    if (m) return read(m);
  }
  return null;
}

// The one expression the message is about, or the reason it cannot be told.
export function findNoneValue(site: PyTypeSite, use: PyNoneUse): Node | string {
  const found = candidatesOf(site, use);
  const distinct = found.filter((n, i) => found.findIndex((m) => m.id === n.id) === i);
  if (distinct.length === 1) return distinct[0];
  return `${distinct.length} expressions at line ${site.failure.line} fit the message`;
}

function candidatesOf(site: PyTypeSite, use: PyNoneUse): Node[] {
  const present = (n: Node | null | undefined): n is Node => n !== null && n !== undefined;
  switch (use.kind) {
    case 'attribute':
      return pyNodesAt(site, ['attribute'])
        .filter((a) => a.childForFieldName('attribute')?.text === use.name)
        .map((a) => a.childForFieldName('object'))
        .filter(present);
    case 'argument':
      return pyNodesAt(site, ['call'])
        .filter((c) => calleeName(c) === use.callee)
        .map((c) => c.childForFieldName('arguments')?.namedChildren.filter(present).filter((a) => a.type !== 'comment')[use.position - 1])
        .filter(present)
        .filter((a) => a.type !== 'keyword_argument' && !a.type.endsWith('splat'));
    case 'return':
      return pyNodesAt(site, ['return_statement'])
        .map((r) => r.namedChildren.find((c) => c !== null && c.type !== 'comment'))
        .filter(present);
    case 'operand': {
      const operators = pyNodesAt(site, ['binary_operator', 'augmented_assignment']).filter(
        (n) => n.childForFieldName('operator')?.text.replace(/=$/, '') === use.op.replace(/=$/, ''),
      );
      const innermost = operators.filter((n) => !operators.some((m) => m.id !== n.id && m.startIndex >= n.startIndex && m.endIndex <= n.endIndex));
      return innermost.map((n) => n.childForFieldName(use.side)).filter(present);
    }
  }
}

