// Finds the tools the corpus carries into its repositories: a trimmed copy of RIFT's own TypeScript
// (the compiler and the ES2022 lib files), since the sandbox hides RIFT's directory from the checks.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CorpusTools } from './corpus/index.ts';

/** Lib files an `"lib": ["es2022"]` project reads; the DOM and newer libs are left out. */
const LIB_FILE = /^lib\.(es5|es20(1[5-9]|2[0-2])(\.[a-z]+)*|decorators(\.legacy)?)\.d\.ts$/;

/** The tools found on this machine; TypeScript is null when RIFT's node_modules has none. */
export function resolveTools(): CorpusTools {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
  } catch {
    return { typescript: null };
  }
  const files = ['package.json', 'bin/tsc', 'lib/tsc.js', 'lib/_tsc.js'];
  files.push(...readdirSync(path.join(packageDir, 'lib')).filter((f) => LIB_FILE.test(f)).map((f) => `lib/${f}`));
  return { typescript: Object.fromEntries(files.map((f) => [f, readFileSync(path.join(packageDir, f), 'utf8')])) };
}
