// Loads tree-sitter once per process and its grammars once each (they are wasm modules of
// a few hundred KB); parsing is synchronous afterwards.
import { createRequire } from 'node:module';
import { extname } from 'node:path';
import { Language, Parser, type Tree } from 'web-tree-sitter';

export type Grammar = 'python' | 'javascript' | 'typescript' | 'tsx';

const require = createRequire(import.meta.url);
let ready: Promise<void> | null = null;
const languages = new Map<Grammar, Promise<Language>>();

// The grammar that parses this file, from its extension; null for files of other languages.
export function grammarOf(file: string): Grammar | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.py') return 'python';
  if (['.js', '.mjs', '.cjs', '.jsx'].includes(ext)) return 'javascript';
  if (ext === '.tsx') return 'tsx';
  if (['.ts', '.mts', '.cts'].includes(ext)) return 'typescript';
  return null;
}

function loadLanguage(grammar: Grammar): Promise<Language> {
  let language = languages.get(grammar);
  if (!language) {
    ready ??= Parser.init();
    language = ready.then(() => Language.load(require.resolve(`tree-sitter-wasms/out/tree-sitter-${grammar}.wasm`)));
    languages.set(grammar, language);
  }
  return language;
}

// Parses text with the grammar; the caller must `tree.delete()` when done (wasm memory).
export async function parseTree(text: string, grammar: Grammar): Promise<Tree> {
  const language = await loadLanguage(grammar);
  const parser = new Parser();
  try {
    parser.setLanguage(language);
    const tree = parser.parse(text);
    if (!tree) throw new Error(`tree-sitter returned no tree for ${grammar}`);
    return tree;
  } finally {
    parser.delete();
  }
}
