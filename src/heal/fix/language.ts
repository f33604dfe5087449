import { extname } from 'node:path';
import type { Language } from '../types.ts';

const LANGUAGE_BY_EXTENSION: Record<string, Language> = {
  '.py': 'python',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'typescript',
};

// The language a fixer must understand to edit this file, from its extension alone.
export function languageOf(file: string): Language | null {
  return LANGUAGE_BY_EXTENSION[extname(file).toLowerCase()] ?? null;
}
