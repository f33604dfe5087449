// TypeScript single-bug repositories checked by tsc. A benchmark must not need network, and the sandbox
// hides RIFT's own directory, so each repository carries a trimmed copy of RIFT's TypeScript
// (the tests' tscProject), which its rift.yml tells RIFT to leave alone.
import { tscProject, vendoredTypescript } from '../../test/helpers/typescript-tools.ts';
import { lineOf, type BenchCase } from './types.ts';

/** The TypeScript cases: an unused import and a missing `)`. */
export function typescriptCases(): BenchCase[] {
  const typescript = vendoredTypescript();
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
      files: tscProject({ 'src/units.ts': units, 'src/route.ts': route }, typescript),
      bug: { bugType: 'LINTING', file: 'src/route.ts', line: lineOf(route, 'import {') },
    },
    {
      name: 'ts-missing-paren',
      language: 'typescript',
      kind: 'missing paren/brace',
      files: tscProject({ 'src/queue.ts': queue }, typescript),
      bug: { bugType: 'SYNTAX', file: 'src/queue.ts', line: lineOf(queue, 'this.items.push') },
    },
  ];
}
