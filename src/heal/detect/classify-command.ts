// What a shell command from a workflow or a package script is: a dependency install, a check
// (and of which tool), or set-up noise. A table, so a new tool is one line.
import type { CheckKind, Language, ToolName } from '../types.ts';

export type CommandClass =
  | { type: 'install' }
  | { type: 'skip'; reason: string }
  | { type: 'check'; kind: CheckKind; tool: ToolName; language: Language | null }
  | { type: 'npm-script'; script: string }
  | { type: 'unknown' };

interface ToolRule {
  pattern: RegExp;
  kind: CheckKind;
  tool: ToolName;
  language: Language | null;
}

/** First match wins; order puts specific runners before generic interpreters. */
const TOOL_RULES: ToolRule[] = [
  { pattern: /(^|\s)(python3?\s+-m\s+)?(pytest|py\.test)\b/, kind: 'test', tool: 'pytest', language: 'python' },
  { pattern: /(^|\s)python3?\s+-m\s+unittest\b/, kind: 'test', tool: 'unittest', language: 'python' },
  { pattern: /(^|\s)(python3?\s+-m\s+)?flake8\b/, kind: 'lint', tool: 'flake8', language: 'python' },
  { pattern: /(^|\s)(python3?\s+-m\s+)?mypy\b/, kind: 'typecheck', tool: 'mypy', language: 'python' },
  { pattern: /(^|\s)(ruff(\s+check)?|pylint|pycodestyle|pyflakes|black\s+--check|isort\s+--check)\b/, kind: 'lint', tool: 'unknown', language: 'python' },
  { pattern: /(^|\s)pyright\b/, kind: 'typecheck', tool: 'unknown', language: 'python' },
  { pattern: /(^|\s)vitest\b/, kind: 'test', tool: 'vitest', language: null },
  { pattern: /(^|\s)jest\b/, kind: 'test', tool: 'jest', language: null },
  { pattern: /(^|\s)node\s+(.*\s)?--test\b/, kind: 'test', tool: 'node-test', language: null },
  { pattern: /(^|\s|\/)tsc\b/, kind: 'typecheck', tool: 'tsc', language: 'typescript' },
  { pattern: /(^|\s)eslint\b/, kind: 'lint', tool: 'eslint', language: null },
  { pattern: /(^|\s)mocha\b/, kind: 'test', tool: 'mocha', language: null },
  { pattern: /(^|\s)(ava|tap)\b/, kind: 'test', tool: 'unknown', language: null },
];

const INSTALL =
  /^((python3?\s+-m\s+)?pip3?\s+install|npm\s+(ci|install|i)(\s|$)|yarn(\s+install)?(\s|$)|pnpm\s+(i|install)\b|poetry\s+install|pipenv\s+(install|sync)|uv\s+(sync|pip\s+install)|pdm\s+install|conda\s+(install|env)|bun\s+install)/;

/** Installs RIFT never runs: they need root or touch the read-only system. */
const SYSTEM_INSTALL = /^(apt(-get)?|yum|dnf|apk|brew|choco|snap)\b|^npm\s+(i|install)\s+(.*\s)?(-g|--global)\b|pip3?\s+install\s+(.*\s)?(-U|--upgrade)\s+pip\b|^(corepack|nvm|pyenv)\b/;

/** Set-up and reporting commands that check nothing. */
const NOISE =
  /^(echo|printf|cd|ls|pwd|cat|mkdir|rm|cp|mv|ln|export|set|unset|source|\.|env|printenv|sleep|chmod|chown|touch|which|true|:|git|curl|wget|gh|docker|codecov|coveralls|tee|date|uname|node\s+(-v|--version)|npm\s+(-v|--version|config|cache|publish|pack|audit)|python3?\s+(-V|--version)|pip3?\s+(list|freeze|show|--version|cache)|twine|semantic-release)(\s|$)/;

const NPM_SCRIPT = /^(npm|pnpm|yarn|bun)\s+(run(-script)?\s+)?([\w:.-]+)/;
const NPM_BUILTINS = new Set(['test', 't', 'tst', 'start', 'stop', 'restart']);

/** Strips what only wraps the real command: env assignments, sudo, time, `poetry run`, `npx`. */
export function coreCommand(command: string): string {
  let core = command.trim();
  for (;;) {
    const next = core
      .replace(/^[A-Za-z_][A-Za-z0-9_]*=("[^"]*"|'[^']*'|\S*)\s+/, '')
      .replace(/^(sudo|time|exec|command|xvfb-run)\s+/, '')
      .replace(/^(poetry|pipenv|uv|pdm|hatch)\s+run\s+/, '')
      .replace(/^(npx|pnpm\s+exec|pnpm\s+dlx|yarn\s+exec|bunx)\s+((--\S+|-y)\s+)*/, '');
    if (next === core) return core;
    core = next;
  }
}

/** Classifies one shell command. Pure; npm scripts are resolved by the caller. */
export function classifyCommand(command: string): CommandClass {
  const core = coreCommand(command);
  if (core === '' || core.startsWith('#')) return { type: 'skip', reason: 'empty' };
  if (SYSTEM_INSTALL.test(core)) return { type: 'skip', reason: 'system install' };
  if (INSTALL.test(core)) return { type: 'install' };
  const script = NPM_SCRIPT.exec(core);
  if (script && /^(npm|pnpm|yarn|bun)\s+(run|test|t|tst)\b/.test(core)) {
    const name = script[4];
    return { type: 'npm-script', script: NPM_BUILTINS.has(name) && name !== 'start' ? 'test' : name };
  }
  for (const rule of TOOL_RULES) {
    if (rule.pattern.test(core)) return { type: 'check', kind: rule.kind, tool: rule.tool, language: rule.language };
  }
  if (NOISE.test(core)) return { type: 'skip', reason: 'set-up command' };
  return { type: 'unknown' };
}

/** For a command no rule knows: a check kind guessed from its words, or null to leave it out. */
export function guessKind(command: string): CheckKind | null {
  if (/\b(type-?check|typecheck|types)\b/i.test(command)) return 'typecheck';
  if (/\blint\b/i.test(command)) return 'lint';
  if (/\b(test|tests|check|tox|nox)\b/i.test(command)) return 'test';
  return null;
}
