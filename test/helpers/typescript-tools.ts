// A trimmed copy of RIFT's own TypeScript for test repositories: the sandbox hides RIFT's directory,
// so a repository that checks itself with tsc must carry the compiler (and the lib files it reads).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Where the copy lives inside a test repository. */
export const TYPESCRIPT_DIR = 'tools/typescript';

/** The check command a repository's rift.yml names to run the vendored compiler. */
export const VENDORED_TSC_COMMAND = `node ${TYPESCRIPT_DIR}/bin/tsc -p tsconfig.json`;

/** Lib files an `"lib": ["es2022"]` project reads; the DOM and newer libs are left out. */
const LIB_FILE = /^lib\.(es5|es20(1[5-9]|2[0-2])(\.[a-z]+)*|decorators(\.legacy)?)\.d\.ts$/;
const COMPILER_FILES = ['package.json', 'bin/tsc', 'lib/tsc.js', 'lib/_tsc.js'];

/** The tsconfig of these projects: strict, unused names are errors, no emit, only the ES2022 libs. */
const TSCONFIG = `${JSON.stringify(
  {
    compilerOptions: {
      target: 'ES2022',
      module: 'ESNext',
      moduleResolution: 'bundler',
      strict: true,
      noEmit: true,
      noUnusedLocals: true,
      types: [],
      lib: ['es2022'],
    },
    include: ['src'],
  },
  null,
  2,
)}\n`;

/**
 * A TypeScript project checked by its own copy of tsc: `files` (its sources) plus tsconfig.json, the
 * vendored compiler, and a rift.yml that runs it and tells RIFT to leave the copy alone.
 */
export function tscProject(files: Record<string, string>, typescript: Record<string, string> = vendoredTypescript()): Record<string, string> {
  return {
    ...typescript,
    'tsconfig.json': TSCONFIG,
    '.github/rift.yml': [`ci_command: ${VENDORED_TSC_COMMAND}`, 'ignore:', `  - '${TYPESCRIPT_DIR.split('/')[0]}/**'`, ''].join('\n'),
    ...files,
  };
}

// The compiler files by repository path (under tools/typescript/), read from RIFT's node_modules.
export function vendoredTypescript(): Record<string, string> {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
  const libs = readdirSync(path.join(packageDir, 'lib'))
    .filter((f) => LIB_FILE.test(f))
    .map((f) => `lib/${f}`);
  return Object.fromEntries(
    [...COMPILER_FILES, ...libs].map((f) => [`${TYPESCRIPT_DIR}/${f}`, readFileSync(path.join(packageDir, f), 'utf8')]),
  );
}
