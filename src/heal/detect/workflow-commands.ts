// The shell commands of a GitHub Actions workflow, in order, with the directory each runs in.
// Pure over the workflow's text; `uses:` steps are actions (checkout, setup-python) and skipped.
import { posix } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface WorkflowCommand {
  command: string;
  /** Repository-relative, forward slashes, '.' for the root. */
  cwd: string;
}

export interface WorkflowCommands {
  commands: WorkflowCommand[];
  notes: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Shell control structures: such a script is kept whole rather than split into lines. */
const CONTROL = /^\s*(if|for|while|until|case|function)\b|<<|\{\s*$/m;

/**
 * `${{ matrix.x }}` becomes the first value of x (the first matrix cell stands for all); any
 * other expression (secrets, env, github) cannot be known here, so the command is dropped.
 */
export function substituteExpressions(text: string, matrix: Obj): string | null {
  let unresolved = false;
  const out = text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_all, expr: string) => {
    const m = /^matrix\.([\w-]+)$/.exec(expr);
    if (m) {
      const values = matrix[m[1]];
      const first = Array.isArray(values) ? values[0] : values;
      if (first !== undefined && (typeof first === 'string' || typeof first === 'number' || typeof first === 'boolean')) return String(first);
    }
    if (/^github\.workspace$/.test(expr)) return '.';
    unresolved = true;
    return '';
  });
  return unresolved ? null : out;
}

/** A working-directory relative to the repository root, or null when it leaves the repository. */
export function normaliseCwd(base: string, dir: string | undefined): string | null {
  if (!dir) return base;
  const joined = posix.normalize(posix.join(dir.startsWith('/') ? '.' : base, dir.replace(/^\.\//, '')));
  if (joined.startsWith('..') || joined.startsWith('/')) return null;
  return joined === '' ? '.' : joined.replace(/\/$/, '');
}

/** Splits a `run:` script into commands; leading `cd dir` moves the following commands. */
export function splitRunScript(script: string, cwd: string): WorkflowCommand[] | null {
  if (CONTROL.test(script)) return [{ command: script.trim(), cwd }];
  const lines = script.replace(/[ \t]*\\\r?\n\s*/g, ' ').split(/\r?\n/);
  const commands: WorkflowCommand[] = [];
  let dir: string | null = cwd;
  for (const line of lines) {
    for (const part of line.split(/\s+&&\s+/)) {
      const command = part.trim();
      if (command === '' || command.startsWith('#')) continue;
      const cd = /^cd\s+("[^"]+"|'[^']+'|\S+)\s*$/.exec(command);
      if (cd) {
        dir = normaliseCwd(dir ?? cwd, cd[1].replace(/^["']|["']$/g, ''));
        if (dir === null) return null;
        continue;
      }
      commands.push({ command, cwd: dir ?? cwd });
    }
  }
  return commands;
}

function firstMatrix(job: Obj): Obj {
  const strategy = isObj(job.strategy) ? job.strategy : {};
  const matrix = isObj(strategy.matrix) ? { ...strategy.matrix } : {};
  const include = Array.isArray(matrix.include) ? matrix.include : [];
  for (const entry of include) {
    if (!isObj(entry)) continue;
    for (const [key, value] of Object.entries(entry)) if (!(key in matrix)) matrix[key] = value;
  }
  return matrix;
}

function defaultDir(node: Obj): string | undefined {
  const defaults = isObj(node.defaults) && isObj(node.defaults.run) ? node.defaults.run : {};
  return typeof defaults['working-directory'] === 'string' ? defaults['working-directory'] : undefined;
}

/** Extracts the commands of one workflow file's text; `file` names it in notes. */
export function workflowCommands(text: string, file: string): WorkflowCommands {
  const notes: string[] = [];
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    return { commands: [], notes: [`${file}: not valid YAML, skipped (${String((error as Error).message).split('\n')[0]})`] };
  }
  if (!isObj(doc) || !isObj(doc.jobs)) return { commands: [], notes: [`${file}: no jobs`] };
  const commands: WorkflowCommand[] = [];
  const workflowDir = defaultDir(doc);
  for (const [jobName, job] of Object.entries(doc.jobs)) {
    if (!isObj(job) || !Array.isArray(job.steps)) continue;
    const matrix = firstMatrix(job);
    const runsOn = substituteExpressions(JSON.stringify(job['runs-on'] ?? ''), matrix) ?? '';
    if (/windows|macos/i.test(runsOn) && !/ubuntu|linux/i.test(runsOn)) {
      notes.push(`${file}: job ${jobName} runs on ${runsOn}, skipped`);
      continue;
    }
    const jobDir = defaultDir(job) ?? workflowDir;
    for (const step of job.steps) {
      if (!isObj(step) || typeof step.run !== 'string') continue;
      const shell = typeof step.shell === 'string' ? step.shell : 'bash';
      if (!/^(bash|sh)\b/.test(shell)) {
        notes.push(`${file}: a step of job ${jobName} uses shell ${shell}, skipped`);
        continue;
      }
      const rawDir = typeof step['working-directory'] === 'string' ? step['working-directory'] : jobDir;
      const dirText = rawDir === undefined ? undefined : substituteExpressions(rawDir, matrix);
      const script = substituteExpressions(step.run, matrix);
      const cwd = dirText === null ? null : normaliseCwd('.', dirText);
      if (script === null || cwd === null) {
        notes.push(`${file}: step "${String(step.name ?? step.run).split('\n')[0]}" of job ${jobName} uses values known only on GitHub, skipped`);
        continue;
      }
      const split = splitRunScript(script, cwd);
      if (split === null) notes.push(`${file}: a step of job ${jobName} leaves the repository, skipped`);
      else commands.push(...split);
    }
  }
  return { commands, notes };
}
