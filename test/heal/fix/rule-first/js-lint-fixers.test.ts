// The ESLint findings here are ESLint 9.39's own stylish output for these exact files (captured
// with no-unused-vars, prefer-const, eqeqeq, semi, no-extra-semi and no-prototype-builtins as errors; ESLint is not a
// dependency of RIFT), read by RIFT's own ESLint parser. tsc's findings are tsc's, run live.
import { afterEach, describe, expect, it } from 'vitest';
import { jsEqeqeqFixer } from '../../../../src/heal/fix/rule-first/js-lint-eqeqeq.ts';
import { jsPreferConstFixer } from '../../../../src/heal/fix/rule-first/js-lint-prefer-const.ts';
import { jsPrototypeBuiltinsFixer } from '../../../../src/heal/fix/rule-first/js-lint-prototype-builtins.ts';
import { jsSemicolonFixer } from '../../../../src/heal/fix/rule-first/js-lint-semicolon.ts';
import { jsUnusedVariableFixer } from '../../../../src/heal/fix/rule-first/js-lint-unused-variable.ts';
import { tsParseDiagnostics } from '../../../../src/heal/fix/ts-syntax.ts';
import { eslintParser } from '../../../../src/heal/parse/eslint.ts';
import type { Failure, Fixer, FixResult } from '../../../../src/heal/types.ts';
import { nodeCheck, tempWorkspace, tsc, type TempWorkspace } from '../tool-runs.ts';

const FILES: Record<string, string> = {
  'store.js': 'export const load = (id) => id;\n',
  'u1.js': [
    "import { load } from './store.js';",
    'export function run(id) {',
    '  const stale = id.cache;',
    '  const loaded = load(id);',
    '  let a = 1, b = 2;',
    '  return b;',
    '}',
    '',
  ].join('\n'),
  'c1.js': [
    'export function total(items) {',
    '  let sum = 0;',
    '  let { price, qty } = items[0];',
    '  for (let item of items) sum += item.price;',
    '  return sum + price * qty;',
    '}',
    '',
  ].join('\n'),
  // Captured with no-unused-vars { args: 'all' } (ESLint 9.39.5): PARAMS_REPORT below.
  'p1.js': [
    'export function pick(obj, keys, fallback) {',
    '  const out = {};',
    '  for (const k of keys) {',
    '    try {',
    '      out[k] = JSON.parse(obj[k]);',
    '    } catch (e) {',
    '      out[k] = null;',
    '    }',
    '  }',
    '  return out;',
    '}',
    '',
    'export const later = (ms, label) => new Promise(function (resolve, reject) {',
    '  setTimeout(resolve, ms);',
    '});',
    '',
    'export function first(a, unused, b) {',
    '  return a + b;',
    '}',
    '',
  ].join('\n'),
  'b1.js': [
    'export function owns(obj, key) {',
    '  return obj.hasOwnProperty(key) && !obj.propertyIsEnumerable?.(key);',
    '}',
    '',
    'export function isParent(proto, child) {',
    '  return proto.isPrototypeOf(child);',
    '}',
    '',
  ].join('\n'),
  'e1.js': ['export function same(a, b) {', '  if (a != b) return false;', "  return a == 'x' ? 1 : 0;", '}', ''].join('\n'),
  's1.js': ['export function f(a) {', '  const b = a + 1', '  return b;;', '};', ''].join('\n'),
};

const ESLINT_REPORT = `
/repo/c1.js
  3:9   error  'price' is never reassigned. Use 'const' instead  prefer-const
  3:16  error  'qty' is never reassigned. Use 'const' instead    prefer-const
  4:12  error  'item' is never reassigned. Use 'const' instead   prefer-const

/repo/b1.js
  2:14  error  Do not access Object.prototype method 'hasOwnProperty' from target object        no-prototype-builtins
  2:42  error  Do not access Object.prototype method 'propertyIsEnumerable' from target object  no-prototype-builtins
  6:16  error  Do not access Object.prototype method 'isPrototypeOf' from target object         no-prototype-builtins

/repo/e1.js
  2:9   error  Expected '!==' and instead saw '!='  eqeqeq
  3:12  error  Expected '===' and instead saw '=='  eqeqeq

/repo/s1.js
  2:18  error  Missing semicolon      semi
  3:12  error  Unnecessary semicolon  no-extra-semi
  4:2   error  Unnecessary semicolon  no-extra-semi

/repo/u1.js
  3:9   error  'stale' is assigned a value but never used    no-unused-vars
  4:9   error  'loaded' is assigned a value but never used   no-unused-vars
  5:7   error  'a' is assigned a value but never used        no-unused-vars
  5:7   error  'a' is never reassigned. Use 'const' instead  prefer-const
  5:14  error  'b' is never reassigned. Use 'const' instead  prefer-const

✖ 16 problems (16 errors, 0 warnings)
`;

const PARAMS_REPORT = `
/repo/p1.js
   1:33  error  'fallback' is defined but never used  no-unused-vars
   6:14  error  'e' is defined but never used         no-unused-vars
  13:27  error  'label' is defined but never used     no-unused-vars
  13:68  error  'reject' is defined but never used    no-unused-vars
  17:26  error  'unused' is defined but never used    no-unused-vars

✖ 5 problems (5 errors, 0 warnings)
`;

const failures = eslintParser.parse(ESLINT_REPORT, { repoRoot: '/repo', cwd: '.', check: 'lint' });
const paramFailures = eslintParser.parse(PARAMS_REPORT, { repoRoot: '/repo', cwd: '.', check: 'lint' });
const unusedName = (name: string): Failure => paramFailures.find((f) => f.message.startsWith(`'${name}'`))!;

const workspaces: TempWorkspace[] = [];
afterEach(async () => {
  await Promise.all(workspaces.splice(0).map((w) => w.remove()));
});

function finding(file: string, line: number, code: string): Failure {
  const found = failures.find((f) => f.file === file && f.line === line && f.code === code);
  if (!found) throw new Error(`no ${code} at ${file}:${line} in the report`);
  return found;
}

async function run(fixer: Fixer, failure: Failure): Promise<{ result: FixResult; ws: TempWorkspace }> {
  const ws = await tempWorkspace(FILES);
  workspaces.push(ws);
  return { result: await fixer.fix(failure, ws.reader), ws };
}

// The patch's new text, after checking that it parses and that node loads it.
async function patched(fixer: Fixer, failure: Failure): Promise<{ after: string; description: string }> {
  const { result, ws } = await run(fixer, failure);
  if (result.kind !== 'patch') throw new Error(`declined: ${result.reason}`);
  const after = result.patch.edits[0].after;
  await ws.write(failure.file, after);
  expect(await tsParseDiagnostics(failure.file, after)).toEqual([]);
  expect(await nodeCheck(ws.dir, failure.file)).toBeNull();
  return { after, description: result.patch.description };
}

describe('jsUnusedVariableFixer', () => {
  it('removes a declaration whose value has no side effect', async () => {
    const { after, description } = await patched(jsUnusedVariableFixer(), finding('u1.js', 3, 'no-unused-vars'));

    expect(after).toBe(FILES['u1.js'].replace('  const stale = id.cache;\n', ''));
    expect(description).toBe("remove the unused variable 'stale'");
  });

  it('keeps a call as a statement', async () => {
    const { after, description } = await patched(jsUnusedVariableFixer(), finding('u1.js', 4, 'no-unused-vars'));

    expect(after).toBe(FILES['u1.js'].replace('const loaded = load(id);', 'load(id);'));
    expect(description).toBe("remove the unused variable 'loaded' and keep the call");
  });

  it('removes one declarator of several', async () => {
    const { after } = await patched(jsUnusedVariableFixer(), finding('u1.js', 5, 'no-unused-vars'));

    expect(after).toBe(FILES['u1.js'].replace('let a = 1, b = 2;', 'let b = 2;'));
  });

  it("declines an unused import (that is ts-unused-import's)", async () => {
    const importFinding: Failure = { ...finding('u1.js', 3, 'no-unused-vars'), line: 1, message: "'load' is defined but never used" };

    const { result } = await run(jsUnusedVariableFixer(), importFinding);

    expect(result).toEqual({ kind: 'decline', reason: "no plain variable declaration, catch binding or parameter 'load' at line 1" });
  });

  it('drops an unused catch binding', async () => {
    const { after, description } = await patched(jsUnusedVariableFixer(), unusedName('e'));

    expect(after).toBe(FILES['p1.js'].replace('} catch (e) {', '} catch {'));
    expect(description).toBe("remove the unused catch binding 'e'");
  });

  it('drops an unused last parameter, of a function or an arrow function', async () => {
    const fallback = await patched(jsUnusedVariableFixer(), unusedName('fallback'));
    const label = await patched(jsUnusedVariableFixer(), unusedName('label'));
    const reject = await patched(jsUnusedVariableFixer(), unusedName('reject'));

    expect(fallback.after).toBe(FILES['p1.js'].replace('pick(obj, keys, fallback)', 'pick(obj, keys)'));
    expect(fallback.description).toBe("remove the unused parameter 'fallback'");
    expect(label.after).toBe(FILES['p1.js'].replace('(ms, label) =>', '(ms) =>'));
    expect(reject.after).toBe(FILES['p1.js'].replace('function (resolve, reject)', 'function (resolve)'));
  });

  it('declines an unused parameter before a used one: the arguments after it would shift', async () => {
    const { result } = await run(jsUnusedVariableFixer(), unusedName('unused'));

    expect(result).toEqual({ kind: 'decline', reason: "'unused' is not the last parameter: removing it would shift the arguments after it" });
  });

  it("drops a TypeScript parameter tsc's noUnusedParameters reports, its type and default with it", async () => {
    const source = 'export function fmt(n: number, digits: number = 2): string {\n  return n.toFixed(0);\n}\n';
    const ws = await tempWorkspace({ 'fmt.ts': source });
    workspaces.push(ws);
    const failure: Failure = { file: 'fmt.ts', line: 1, column: 31, bugType: 'LINTING', message: "'digits' is declared but its value is never read.", code: 'TS6133', tool: 'tsc', check: 'tsc' };

    const result = await jsUnusedVariableFixer().fix(failure, ws.reader);

    if (result.kind !== 'patch') throw new Error(result.reason);
    expect(result.patch.edits[0].after).toBe(source.replace(', digits: number = 2', ''));
    expect(await tsParseDiagnostics('fmt.ts', result.patch.edits[0].after)).toEqual([]);
  });

  it("fixes tsc's TS6133 for a variable", async () => {
    const ws = await tempWorkspace({ 'app.ts': 'export function f(n: number): number {\n  const twice = n * 2;\n  return n;\n}\n' });
    workspaces.push(ws);
    const failure = (await tsc(ws.dir, 'app.ts')).find((f) => f.code === 'TS6133');

    const result = await jsUnusedVariableFixer().fix(failure as Failure, ws.reader);
    if (result.kind !== 'patch') throw new Error(result.reason);
    await ws.write('app.ts', result.patch.edits[0].after);

    expect(result.patch.edits[0].after).toBe('export function f(n: number): number {\n  n * 2;\n  return n;\n}\n');
    expect(await tsc(ws.dir, 'app.ts')).toEqual([]);
  });
});

describe('jsPreferConstFixer', () => {
  it('makes a destructuring let const when none of its names is reassigned', async () => {
    const { after, description } = await patched(jsPreferConstFixer(), finding('c1.js', 3, 'prefer-const'));

    expect(after).toBe(FILES['c1.js'].replace('let { price, qty }', 'const { price, qty }'));
    expect(description).toBe("make 'price' a const");
  });

  it('makes a for-of binding const', async () => {
    const { after } = await patched(jsPreferConstFixer(), finding('c1.js', 4, 'prefer-const'));

    expect(after).toBe(FILES['c1.js'].replace('for (let item', 'for (const item'));
  });

  it('declines when another name of the declaration is reassigned', async () => {
    const source = 'export function f() {\n  let a = 1, b = 2;\n  b += a;\n  return b;\n}\n';
    const ws = await tempWorkspace({ 'f.js': source });
    workspaces.push(ws);
    const failure: Failure = { ...finding('c1.js', 3, 'prefer-const'), file: 'f.js', line: 2, column: 7, message: "'a' is never reassigned. Use 'const' instead" };

    const result = await jsPreferConstFixer().fix(failure, ws.reader);

    expect(result).toEqual({ kind: 'decline', reason: "the same declaration binds 'b', which is reassigned" });
  });
});

describe('jsEqeqeqFixer', () => {
  it("uses '!==' where ESLint expects it", async () => {
    const { after, description } = await patched(jsEqeqeqFixer(), finding('e1.js', 2, 'eqeqeq'));

    expect(after).toBe(FILES['e1.js'].replace('a != b', 'a !== b'));
    expect(description).toBe("use '!==' instead of '!='");
  });

  it("uses '===' where ESLint expects it", async () => {
    const { after, description } = await patched(jsEqeqeqFixer(), finding('e1.js', 3, 'eqeqeq'));

    expect(after).toBe(FILES['e1.js'].replace("a == 'x'", "a === 'x'"));
    expect(description).toBe("use '===' instead of '=='");
  });
});

describe('jsSemicolonFixer', () => {
  it('adds the missing semicolon', async () => {
    const { after, description } = await patched(jsSemicolonFixer(), finding('s1.js', 2, 'semi'));

    expect(after).toBe(FILES['s1.js'].replace('a + 1\n', 'a + 1;\n'));
    expect(description).toBe('add the missing semicolon');
  });

  it('removes an unnecessary semicolon after a statement and after a function', async () => {
    const inside = await patched(jsSemicolonFixer(), finding('s1.js', 3, 'no-extra-semi'));
    const after = await patched(jsSemicolonFixer(), finding('s1.js', 4, 'no-extra-semi'));

    expect(inside.after).toBe(FILES['s1.js'].replace('b;;', 'b;'));
    expect(after.after).toBe(FILES['s1.js'].replace('};', '}'));
    expect(inside.description).toBe('remove the unnecessary semicolon');
  });
});

describe('jsPrototypeBuiltinsFixer', () => {
  const builtin = (line: number, method: string) => failures.find((f) => f.file === 'b1.js' && f.line === line && f.message.includes(`'${method}'`))!;

  it('calls the builtin through Object.prototype, the object and the arguments kept', async () => {
    const owns = await patched(jsPrototypeBuiltinsFixer(), builtin(2, 'hasOwnProperty'));
    const parent = await patched(jsPrototypeBuiltinsFixer(), builtin(6, 'isPrototypeOf'));

    expect(owns.after).toBe(FILES['b1.js'].replace('obj.hasOwnProperty(key)', 'Object.prototype.hasOwnProperty.call(obj, key)'));
    expect(owns.description).toBe('call hasOwnProperty through Object.prototype');
    expect(parent.after).toBe(FILES['b1.js'].replace('proto.isPrototypeOf(child)', 'Object.prototype.isPrototypeOf.call(proto, child)'));
  });

  it('leaves an optional call alone: the rewritten call would throw where it answered undefined', async () => {
    const { result } = await run(jsPrototypeBuiltinsFixer(), builtin(2, 'propertyIsEnumerable'));

    expect(result).toEqual({ kind: 'decline', reason: 'no single plain call of propertyIsEnumerable at line 2' });
  });
});
