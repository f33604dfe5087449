// TypeScript single-bug repositories checked by tsc; the tsc path is RIFT's own, resolved at bench time,
// because a benchmark must not need network to install TypeScript into each repository.
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
    },
    include: ['src'],
  },
  null,
  2,
)}\n`;

function tsRepo(tscPath: string, files: Record<string, string>): Record<string, string> {
  return { 'tsconfig.json': TSCONFIG, '.github/rift.yml': `ci_command: node ${tscPath} -p tsconfig.json\n`, ...files };
}

/** The TypeScript cases (none without tsc): an unused import and a missing `)`. */
export function typescriptCases(tools: CorpusTools): BenchCase[] {
  if (!tools.tscPath) return [];
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
      files: tsRepo(tools.tscPath, { 'src/units.ts': units, 'src/route.ts': route }),
      bug: { bugType: 'LINTING', file: 'src/route.ts', line: lineOf(route, 'import {') },
    },
    {
      name: 'ts-missing-paren',
      language: 'typescript',
      kind: 'missing paren/brace',
      files: tsRepo(tools.tscPath, { 'src/queue.ts': queue }),
      bug: { bugType: 'SYNTAX', file: 'src/queue.ts', line: lineOf(queue, 'this.items.push') },
    },
  ];
}
