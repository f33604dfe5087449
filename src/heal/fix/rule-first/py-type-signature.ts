// The parameters of a Python function as its `def` declares them, looked up by name in the
// failure's file first, then in the repository's other Python files that define it once.
import type { Node } from 'web-tree-sitter';
import { parseTree } from '../syntax-tree.ts';
import type { PyTypeSite } from './py-type-tree.ts';

export interface PyParameter {
  name: string;
  /** The annotation's text; null when the parameter has none. */
  type: string | null;
}

export interface PySignature {
  /** Positional parameters in order, `self`/`cls` of a method left out. */
  params: PyParameter[];
}

const MAX_FILES = 400;

// The signature of the function or method `name` (of class `owner` when given); null when it is
// not found or is defined more than once.
export async function findPySignature(site: PyTypeSite, name: string, owner: string | null): Promise<PySignature | null> {
  const own = signaturesIn(site.root, name, owner);
  if (own.length > 0) return own.length === 1 ? own[0] : null;
  const pattern = new RegExp(`\\bdef\\s+${name.replace(/\W/g, '')}\\s*\\(`);
  const found: PySignature[] = [];
  const files = (await site.workspace.listFiles()).filter((f) => f.endsWith('.py') && f !== site.failure.file).slice(0, MAX_FILES);
  for (const file of files) {
    const text = await site.workspace.readText(file);
    if (text === null || !pattern.test(text)) continue;
    const tree = await parseTree(text, 'python');
    try {
      found.push(...signaturesIn(tree.rootNode, name, owner));
    } finally {
      tree.delete();
    }
  }
  return found.length === 1 ? found[0] : null;
}

function signaturesIn(root: Node, name: string, owner: string | null): PySignature[] {
  return root
    .descendantsOfType('function_definition')
    .filter((d): d is Node => d !== null && d.childForFieldName('name')?.text === name && ownerOf(d) === owner)
    .map((d) => ({ params: parametersOf(d, owner !== null) }));
}

function ownerOf(def: Node): string | null {
  const cls = def.parent?.parent;
  return def.parent?.type === 'block' && cls?.type === 'class_definition' ? cls.childForFieldName('name')?.text ?? null : null;
}

function parametersOf(def: Node, method: boolean): PyParameter[] {
  const list = def.childForFieldName('parameters')?.namedChildren.filter((p): p is Node => p !== null) ?? [];
  const params: PyParameter[] = [];
  for (const p of list) {
    if (['list_splat_pattern', 'dictionary_splat_pattern', 'keyword_separator', 'positional_separator'].includes(p.type)) break;
    if (p.type === 'identifier') params.push({ name: p.text, type: null });
    else if (p.type === 'typed_parameter') params.push({ name: p.namedChildren[0]?.text ?? '', type: p.childForFieldName('type')?.text ?? null });
    else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
      params.push({ name: p.childForFieldName('name')?.text ?? '', type: p.childForFieldName('type')?.text ?? null });
    }
  }
  return method && params.length > 0 && ['self', 'cls'].includes(params[0].name) ? params.slice(1) : params;
}
