// TypeScript single-bug repositories checked by tsc. A benchmark must not need network, and the sandbox
// hides RIFT's own directory, so each repository carries a trimmed copy of RIFT's TypeScript in
// tools/typescript (read at bench time), which its rift.yml tells RIFT to leave alone.
import { lineOf, type BenchCase, type CorpusTools } from './types.ts';

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

const RIFT_YML = ['ci_command: node tools/typescript/bin/tsc -p tsconfig.json', 'ignore:', "  - 'tools/**'", ''].join('\n');

function tsRepo(typescript: Record<string, string>, files: Record<string, string>): Record<string, string> {
  const vendored = Object.fromEntries(Object.entries(typescript).map(([file, text]) => [`tools/typescript/${file}`, text]));
  return { 'tsconfig.json': TSCONFIG, '.github/rift.yml': RIFT_YML, ...vendored, ...files };
}

/** The TypeScript cases (none without tsc): an unused import and a missing `)`. */
export function typescriptCases(tools: CorpusTools): BenchCase[] {
  if (!tools.typescript) return [];
  const units = ['export function metres(feet: number): number {', '  return feet * 0.3048;', '}', '', 'export function feet(m: number): number {', '  return m / 0.3048;', '}', ''].join('\n');
  const route = [
    "import { feet, metres } from './units';",
    '',
    'export function climb(startFeet: number, gainFeet: number): number {',
    '  return metres(startFeet + gainFeet);',
    '}',
    '',
  ].join('\n');
  const queue = [
    'export class Queue<T> {',
    '  private items: T[] = [];',
    '',
    '  push(item: T): void {',
    '    this.items.push(item;',
    '  }',
    '',
    '  get size(): number {',
    '    return this.items.length;',
    '  }',
    '}',
    '',
  ].join('\n');
  return [
    {
      name: 'ts-unused-import',
      language: 'typescript',
      kind: 'unused import',
      files: tsRepo(tools.typescript, { 'src/units.ts': units, 'src/route.ts': route }),
      bug: { bugType: 'LINTING', file: 'src/route.ts', line: lineOf(route, 'import {') },
    },
    {
      name: 'ts-missing-paren',
      language: 'typescript',
      kind: 'missing paren/brace',
      files: tsRepo(tools.typescript, { 'src/queue.ts': queue }),
      bug: { bugType: 'SYNTAX', file: 'src/queue.ts', line: lineOf(queue, 'this.items.push') },
    },
  ];
}
