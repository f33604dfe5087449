// Commands that run only some tests of a check, with the check's own launcher: LOGIC repair runs
// the failing tests after every candidate, so they must cost a fraction of the whole suite.
import type { Check } from '../types.ts';
import { shellQuote, splitAndChain, unquoteWord, type ShellWord } from './shell-words.ts';

/** A command running only these tests with the check's tool (pytest node ids, unittest ids, node --test name pattern, vitest/jest -t, mocha --grep), or null when the tool cannot be focused. */
export function focusedTestCommand(check: Check, tests: string[]): string | null {
  const ids = [...new Set(tests.filter((t) => t.trim() !== ''))];
  if (ids.length === 0) return null;
  const focus = FOCUS[check.tool];
  if (!focus) return null;
  const segments = splitAndChain(check.command);
  if (!segments) return null;
  // Steps before the test run (a `cd`, a build) are how the tests run; steps after it are not tests.
  const at = segments.findIndex((words) => focus.launcher(words) !== null);
  if (at < 0) return null;
  const focused = focus.rewrite(segments[at], focus.launcher(segments[at])!, ids);
  if (!focused) return null;
  return [...segments.slice(0, at), focused].map((words) => words.join(' ')).join(' && ');
}

interface Focus {
  /** Index of the word after the launcher (`pytest`, `python -m pytest`, `node`), or null when absent. */
  launcher(words: ShellWord[]): number | null;
  rewrite(words: ShellWord[], afterLauncher: number, ids: string[]): ShellWord[] | null;
}

const PYTHON = /^python(3(\.\d+)?)?$/;
// Interpreter options that take a value as the next word (`python -X dev -m pytest`).
const PYTHON_VALUE_OPTIONS = new Set(['-X', '-W', '-c']);

/** Index of `-m` in `python [options] -m <module>`; -1 when the words do not run that module. */
export function pythonModuleFlag(words: readonly ShellWord[], module: string): number {
  const python = words.findIndex((w) => PYTHON.test(unquoteWord(w).split('/').pop()!));
  if (python < 0) return -1;
  for (let i = python + 1; i < words.length; i++) {
    if (words[i] === '-m') return unquoteWord(words[i + 1] ?? '') === module ? i : -1;
    if (!words[i].startsWith('-')) return -1;
    if (PYTHON_VALUE_OPTIONS.has(words[i])) i++;
  }
  return -1;
}

// `python [options] -m <module>`, or one of the module's own scripts (`pytest`, `py.test`): the index after it.
function moduleLauncher(module: string, scripts: readonly string[]) {
  return (words: ShellWord[]): number | null => {
    const flag = pythonModuleFlag(words, module);
    if (flag >= 0) return flag + 2;
    return scriptLauncher(words, scripts);
  };
}

// Words that may come before a tool's own script: env assignments and runners that only wrap it.
const WRAPPER = /^([A-Za-z_]\w*=.*|poetry|pipenv|uv|pdm|hatch|run|exec|npx|pnpm|yarn|bunx|dlx|time|command|node)$/;

/** The index after the tool's script word (`pytest`, `npx vitest`, `.venv/bin/pytest`), or null. */
function scriptLauncher(words: readonly ShellWord[], scripts: readonly string[]): number | null {
  for (let i = 0; i < words.length; i++) {
    const word = unquoteWord(words[i]);
    if (scripts.some((s) => word === s || word.endsWith(`/${s}`))) return i + 1;
    if (!WRAPPER.test(word) && !word.startsWith('-')) return null;
  }
  return null;
}

// pytest options that change which files are found or how they import: node ids depend on them.
const PYTEST_KEPT_WITH_VALUE = new Set(['-c', '--rootdir', '-p', '--import-mode', '-o', '--override-ini', '--confcutdir']);
const PYTEST_KEPT_ALONE = /^--(rootdir|import-mode|override-ini|confcutdir)=/;

// The launcher, the kept options, then the node ids: the check's own paths would run everything.
function rewritePytest(words: ShellWord[], after: number, ids: string[]): ShellWord[] {
  const kept: ShellWord[] = [];
  for (let i = after; i < words.length; i++) {
    const word = unquoteWord(words[i]);
    if (PYTEST_KEPT_WITH_VALUE.has(word) && i + 1 < words.length) {
      kept.push(words[i], words[i + 1]);
      i++;
    } else if (PYTEST_KEPT_ALONE.test(word)) {
      kept.push(words[i]);
    }
  }
  return [...words.slice(0, after), ...kept, '-q', '-p', 'no:cacheprovider', ...ids.map(shellQuote)];
}

// unittest's -k matches `module.Class.method` with fnmatch; a leading * keeps a package prefix working.
function rewriteUnittest(words: ShellWord[], _after: number, ids: string[]): ShellWord[] {
  return [...words, ...ids.flatMap((id) => ['-k', shellQuote(`*${id}`)])];
}

// node:test (20) matches a test's own name; newer versions its ancestors' names joined by spaces.
function nodeLauncher(words: ShellWord[]): number | null {
  const node = words.findIndex((w) => /^node(js)?$/.test(unquoteWord(w)));
  if (node < 0 || !words.slice(node + 1).some((w) => w === '--test')) return null;
  return node + 1;
}

// The pattern goes right after `node`, before `--test` and the file arguments it keeps.
function rewriteNodeTest(words: ShellWord[], after: number, ids: string[]): ShellWord[] {
  const leaves = ids.map((id) => escapeRegExp(id.split(' > ').pop()!.trim()));
  const pattern = `(^| )(${[...new Set(leaves)].join('|')})$`;
  return [...words.slice(0, after), `--test-name-pattern=${shellQuote(pattern)}`, ...words.slice(after)];
}

// `vitest`, `npx jest`, `node_modules/.bin/vitest`: the index after the tool's word.
function toolLauncher(tool: string) {
  return (words: ShellWord[]): number | null => scriptLauncher(words, [tool]);
}

// vitest and jest (`-t`) and mocha (`--grep`) match the suite names and the test name joined by
// spaces; one alternation of them, anchored at the end (vitest may put the file's name in front).
function rewriteNamePattern(flag: string) {
  return (words: ShellWord[], _after: number, ids: string[]): ShellWord[] => {
    const names = ids.map((id) => escapeRegExp(id.split(' > ').map((p) => p.trim()).join(' ')));
    const pattern = `(^| )(${[...new Set(names)].join('|')})$`;
    return [...words, flag, shellQuote(pattern)];
  };
}

const FOCUS: Partial<Record<Check['tool'], Focus>> = {
  pytest: { launcher: moduleLauncher('pytest', ['pytest', 'py.test']), rewrite: rewritePytest },
  unittest: { launcher: moduleLauncher('unittest', []), rewrite: rewriteUnittest },
  'node-test': { launcher: nodeLauncher, rewrite: rewriteNodeTest },
  vitest: { launcher: toolLauncher('vitest'), rewrite: rewriteNamePattern('-t') },
  jest: { launcher: toolLauncher('jest'), rewrite: rewriteNamePattern('-t') },
  mocha: { launcher: toolLauncher('mocha'), rewrite: rewriteNamePattern('--grep') },
};

/** The text as a regular expression matching exactly it. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
