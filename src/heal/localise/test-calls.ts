// Localisation from the tests' own code, when no coverage can be had and the failing stacks name no
// line of code under test (a wrong value, not a throw, under vitest or jest): the failing test's
// body names the functions it calls; following its imports to their definitions, and their calls
// on for two more levels, gives the functions each test reaches. A function the failing tests reach
// and the passing tests of the same files do not ranks first (Ochiai over functions, not lines),
// nearer ones before deeper ones; its statements are the lines ranked. JavaScript and TypeScript.
import { posix } from 'node:path';
import type { Tree } from 'web-tree-sitter';
import { isModuleFile, resolveSpecifier } from '../fix/js-modules.ts';
import { kindsOf } from '../fix/logic/syntax-kinds.ts';
import { statementRows } from '../fix/logic/statement-region.ts';
import { grammarOf, parseTree } from '../fix/syntax-tree.ts';
import { isTestPath } from '../parse/paths.ts';
import type { Failure, WorkspaceReader } from '../types.ts';
import { moduleFacts, testBlocks, type CalledName, type Definition, type ModuleFacts, type TestBlock } from './js-calls.ts';
import { ochiai, type RankedLine } from './ochiai.ts';

/** Calls followed beyond the test's own: test -> function -> callee -> its callee. */
const MAX_DEPTH = 2;
/** Each level further from the test weighs this much less. */
const DEPTH_DECAY = 0.8;
/** Re-exports (`export * from`) followed to reach a definition through index files. */
const MAX_REEXPORT_HOPS = 3;
/** A path alias (`@/lib/x`, `~/lib/x`, `#lib/x`): what tsconfig `paths` or a bundler maps to a folder. */
const ALIAS = /^[@~#][^/]*\/(.+)$/;

interface Reached {
  file: string;
  definition: Definition;
  depth: number;
}

/** Ranks the statements of the functions the failing tests call; [] when no JS/TS test block holds a failure. */
export async function rankFromTestCalls(args: { failures: Failure[]; reader: WorkspaceReader; keep: (file: string) => boolean }): Promise<RankedLine[]> {
  const modules = new ModuleReader(args.reader);
  try {
    const spectrum: Array<{ failed: boolean; reached: Map<string, Reached> }> = [];
    for (const [file, failures] of failuresByTestFile(args.failures)) {
      const blocks = await modules.testBlocks(file);
      const failing = new Set(blocks.filter((b) => failures.some((f) => holdsFailure(b, f))));
      for (const block of blocks) spectrum.push({ failed: failing.has(block), reached: await modules.reach(file, block.calls) });
    }
    return rankDefinitions(spectrum, args.keep);
  } finally {
    modules.dispose();
  }
}

// The failures reported in JS/TS test files, by file.
function failuresByTestFile(failures: Failure[]): Map<string, Failure[]> {
  const byFile = new Map<string, Failure[]>();
  for (const failure of failures) {
    const grammar = grammarOf(failure.file);
    if (!isTestPath(failure.file) || !grammar || grammar === 'python') continue;
    byFile.set(failure.file, [...(byFile.get(failure.file) ?? []), failure]);
  }
  return byFile;
}

// The block around the failure's line; else the block its test name ends with ("suite > test").
function holdsFailure(block: TestBlock, failure: Failure): boolean {
  if (failure.line >= block.startLine && failure.line <= block.endLine) return true;
  return Boolean(failure.test && block.title && (failure.test === block.title || failure.test.endsWith(` ${block.title}`)));
}

function rankDefinitions(spectrum: Array<{ failed: boolean; reached: Map<string, Reached> }>, keep: (file: string) => boolean): RankedLine[] {
  const totalFailed = spectrum.filter((s) => s.failed).length;
  const scored = new Map<string, { reached: Reached; failed: number; passed: number; depth: number }>();
  for (const { failed, reached } of spectrum) {
    for (const [key, r] of reached) {
      if (!keep(r.file)) continue;
      const entry = scored.get(key) ?? { reached: r, failed: 0, passed: 0, depth: Number.POSITIVE_INFINITY };
      if (failed) {
        entry.failed += 1;
        entry.depth = Math.min(entry.depth, r.depth);
      } else {
        entry.passed += 1;
      }
      scored.set(key, entry);
    }
  }
  const ranked = [...scored.values()]
    .filter((e) => e.failed > 0)
    .map((e) => ({ ...e, score: ochiai(e.failed, e.passed, totalFailed) * DEPTH_DECAY ** e.depth }))
    .sort((a, b) => b.score - a.score || a.reached.file.localeCompare(b.reached.file) || a.reached.definition.node.startIndex - b.reached.definition.node.startIndex);
  const lines: RankedLine[] = [];
  const seen = new Set<string>();
  for (const { reached, score } of ranked) {
    const grammar = grammarOf(reached.file)!;
    const rows = statementRows(reached.definition.node, kindsOf(grammar));
    // An arrow function with an expression body has no statement: its own line is the one.
    for (const line of rows.length ? rows : [reached.definition.node.startPosition.row + 1]) {
      const key = `${reached.file}:${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push({ file: reached.file, line, score, onFailingPath: false });
    }
  }
  return lines;
}

// Parses each module once and answers what its calls reach; the trees live until dispose().
class ModuleReader {
  private readonly trees: Tree[] = [];
  private readonly facts = new Map<string, Promise<ModuleFacts | null>>();
  private readonly blocks = new Map<string, TestBlock[]>();
  private readonly resolved = new Map<string, Promise<Array<{ file: string; definition: Definition }>>>();
  private readonly closures = new Map<string, Promise<Map<string, ModuleFacts>>>();
  private files: Promise<Set<string>> | null = null;

  constructor(private readonly reader: WorkspaceReader) {}

  async testBlocks(file: string): Promise<TestBlock[]> {
    await this.load(file);
    return this.blocks.get(file) ?? [];
  }

  /** Definitions reached from `calls` made in `file`, breadth first (each at its least depth). */
  async reach(file: string, calls: CalledName[]): Promise<Map<string, Reached>> {
    const reached = new Map<string, Reached>();
    let level: Array<{ file: string; calls: CalledName[] }> = [{ file, calls }];
    for (let depth = 0; depth <= MAX_DEPTH && level.length > 0; depth += 1) {
      const next: typeof level = [];
      for (const from of level) {
        for (const call of from.calls) {
          for (const target of await this.resolveOnce(from.file, call)) {
            const key = `${target.file}:${target.definition.node.startIndex}`;
            if (reached.has(key)) continue;
            reached.set(key, { ...target, depth });
            next.push({ file: target.file, calls: target.definition.calls });
          }
        }
      }
      level = next;
    }
    return reached;
  }

  dispose(): void {
    for (const tree of this.trees) tree.delete();
  }

  // Test blocks repeat the same calls (`expect(…).toBe`, the function under test): each is resolved once.
  private resolveOnce(file: string, call: CalledName): Promise<Array<{ file: string; definition: Definition }>> {
    const key = `${file}\0${call.object}\0${call.name}`;
    let targets = this.resolved.get(key);
    if (!targets) {
      targets = this.resolve(file, call);
      this.resolved.set(key, targets);
    }
    return targets;
  }

  // What one call made in `file` may run.
  private async resolve(file: string, call: CalledName): Promise<Array<{ file: string; definition: Definition }>> {
    const facts = await this.load(file);
    if (!facts) return [];
    const at = (f: string, defs: Definition[]) => defs.map((definition) => ({ file: f, definition }));
    if (call.object === 'this') return at(file, facts.definitions.filter((d) => d.className !== null && d.name === call.name));
    if (call.object === null) {
      const local = facts.definitions.filter((d) => d.className === null && d.name === call.name);
      if (local.length) return at(file, local);
      const constructors = facts.definitions.filter((d) => d.className === call.name && d.name === 'constructor');
      if (constructors.length) return at(file, constructors);
      const binding = facts.imports.get(call.name);
      return binding ? this.exported(file, binding.specifier, binding.imported === '*' ? 'exports' : binding.imported, 0) : [];
    }
    const binding = call.object ? facts.imports.get(call.object) : undefined;
    if (binding && (binding.imported === '*' || binding.imported === 'default')) {
      const found = await this.exported(file, binding.specifier, call.name, 0);
      if (found.length) return found;
    }
    // A method of an object the code made: any method of that name in this file or a module it
    // imports, directly or through index files.
    const methods: Array<{ file: string; definition: Definition }> = [];
    for (const [module, moduleFacts] of await this.importClosure(file)) {
      methods.push(...at(module, moduleFacts.definitions.filter((d) => d.className !== null && d.name === call.name)));
    }
    return methods;
  }

  private importClosure(file: string): Promise<Map<string, ModuleFacts>> {
    let closure = this.closures.get(file);
    if (!closure) {
      closure = this.findImportClosure(file);
      this.closures.set(file, closure);
    }
    return closure;
  }

  // `file` and the modules its imports and re-exports reach, up to MAX_REEXPORT_HOPS away.
  private async findImportClosure(file: string): Promise<Map<string, ModuleFacts>> {
    const closure = new Map<string, ModuleFacts>();
    let level = [file];
    for (let hop = 0; hop <= MAX_REEXPORT_HOPS && level.length > 0; hop += 1) {
      const next: string[] = [];
      for (const module of level) {
        const facts = closure.has(module) ? null : await this.load(module);
        if (!facts) continue;
        closure.set(module, facts);
        for (const specifier of [...[...facts.imports.values()].map((b) => b.specifier), ...facts.reExports.map((r) => r.specifier)]) {
          const target = await this.resolvePath(module, specifier);
          if (target && !closure.has(target)) next.push(target);
        }
      }
      level = next;
    }
    return closure;
  }

  // The definitions `name` stands for in the module `specifier` names from `file` (a class: its constructor).
  private async exported(file: string, specifier: string, name: string, hops: number): Promise<Array<{ file: string; definition: Definition }>> {
    const target = await this.resolvePath(file, specifier);
    const facts = target ? await this.load(target) : null;
    if (!target || !facts) return [];
    const wanted = name === 'default' ? facts.defaultExport : name;
    if (wanted === null) return [];
    const defs = facts.definitions.filter((d) => (d.className === null && d.name === wanted) || (d.className === wanted && d.name === 'constructor'));
    if (defs.length || hops >= MAX_REEXPORT_HOPS) return defs.map((definition) => ({ file: target, definition }));
    for (const re of facts.reExports) {
      const inner = re.names ? re.names.get(wanted) : wanted;
      if (!inner) continue;
      const found = await this.exported(target, re.specifier, inner, hops + 1);
      if (found.length) return found;
    }
    return [];
  }

  private async resolvePath(from: string, specifier: string): Promise<string | null> {
    this.files ??= this.reader.listFiles().then((files) => new Set(files));
    const files = await this.files;
    return resolveSpecifier(from, specifier, files) ?? resolveAlias(specifier, files);
  }

  private load(file: string): Promise<ModuleFacts | null> {
    let facts = this.facts.get(file);
    if (!facts) {
      facts = this.parse(file);
      this.facts.set(file, facts);
    }
    return facts;
  }

  private async parse(file: string): Promise<ModuleFacts | null> {
    const grammar = grammarOf(file);
    if (!grammar || grammar === 'python') return null;
    const text = await this.reader.readText(file);
    if (text === null) return null;
    const tree = await parseTree(text, grammar);
    this.trees.push(tree);
    if (isTestPath(file)) this.blocks.set(file, testBlocks(tree.rootNode));
    return moduleFacts(tree.rootNode);
  }
}

// `@/lib/stats` -> the one module whose path ends with lib/stats (or lib/stats/index), wherever the
// alias points; null when none or several do. Reading every bundler's alias configuration would be
// exact, but the path after the alias names the module in every project seen so far.
function resolveAlias(specifier: string, files: ReadonlySet<string>): string | null {
  const rest = ALIAS.exec(specifier)?.[1];
  if (!rest) return null;
  const stemOf = (file: string) => file.slice(0, file.length - posix.extname(file).length);
  const matches = [...files].filter((file) => {
    if (!isModuleFile(file) || file.includes('node_modules/')) return false;
    const stem = stemOf(file);
    return [rest, `${rest}/index`].some((tail) => stem === tail || stem.endsWith(`/${tail}`));
  });
  return matches.length === 1 ? matches[0] : null;
}
