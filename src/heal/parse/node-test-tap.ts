// node:test's TAP reporter (the default when output is not a terminal): `not ok N - name` with a
// YAML diagnostic block giving location, error, name, code and stack. A test file that crashed
// while loading has no error of its own: its process's stderr is echoed as `# ` comments above it.
import type { Failure } from '../types.ts';
import type { RawFrame } from './frames.ts';
import { jsErrorToFailure } from './js-failure.ts';
import { jsFrames } from './js-stack.ts';
import { findLoadSyntaxError } from './node-load-error.ts';
import type { ParseContext } from './parser.ts';
import { indentOf, oneLine } from './text.ts';

const SUBTEST = /^(\s*)# Subtest: (.+)$/;
const NOT_OK = /^(\s*)not ok \d+ - (.+?)(?:\s+#\s+(?:TODO|SKIP)\b.*)?$/;
const LOCATION = /^(.*):(\d+):(\d+)$/;
const COMMENT = /^\s*# ?/;

type Yaml = Record<string, string>;

/** Failures of node:test's TAP output; [] when there is none. */
export function parseNodeTap(lines: readonly string[], ctx: ParseContext): Failure[] {
  const failures: Failure[] = [];
  const parents: { indent: number; name: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const sub = SUBTEST.exec(lines[i]);
    if (sub) {
      while (parents.length > 0 && parents[parents.length - 1].indent >= sub[1].length) parents.pop();
      parents.push({ indent: sub[1].length, name: sub[2].trim() });
      continue;
    }
    const notOk = NOT_OK.exec(lines[i]);
    if (!notOk || !/^\s*---\s*$/.test(lines[i + 1] ?? '')) continue;
    const yaml = readYaml(lines, i + 1);
    const names = parents.filter((p) => p.indent < notOk[1].length).map((p) => p.name);
    const failure = isLoadCrash(yaml)
      ? findLoadSyntaxError(echoedAbove(lines, i), 'node-test', ctx)
      : toFailure(yaml, [...names, notOk[2].trim()].join(' > '), ctx);
    if (failure) failures.push(failure);
  }
  return failures;
}

// A test file whose process exited in error without any test failing in it. Its SyntaxError is
// read here, since an empty source line can leave no caret for the node runtime parser; other
// crashes (a missing module, a throw at import time) always show one and stay that parser's part.
function isLoadCrash(yaml: Yaml): boolean {
  return yaml.failureType === 'testCodeFailure' && yaml.exitCode !== undefined && !yaml.name && !yaml.stack;
}

// The comment lines right above a `not ok` line, without their `# `: the stderr Node echoed.
function echoedAbove(lines: readonly string[], notOkAt: number): string[] {
  let start = notOkAt;
  while (start > 0 && COMMENT.test(lines[start - 1])) start--;
  return lines.slice(start, notOkAt).map((l) => l.replace(COMMENT, ''));
}

function toFailure(yaml: Yaml, test: string, ctx: ParseContext): Failure | null {
  // Suites fail because a child did (reported itself); a failure without an error of its own
  // leaves nothing to place.
  if (yaml.failureType === 'subtestsFailed' || yaml.failureType === 'cancelledByParent' || yaml.type === 'suite') return null;
  if (!yaml.name && !yaml.stack) return null;
  const loc = LOCATION.exec(yaml.location ?? '');
  const fallback: RawFrame | undefined = loc ? { path: loc[1], line: Number(loc[2]), column: Number(loc[3]) } : undefined;
  const code = yaml.code && yaml.code !== 'ERR_TEST_FAILURE' ? yaml.code : undefined;
  return jsErrorToFailure({
    name: yaml.name || 'Error',
    code,
    message: oneLine(yaml.error ?? ''),
    frames: jsFrames((yaml.stack ?? '').split('\n'), true),
    fallback,
    test,
  }, 'node-test', ctx);
}

// Just enough YAML for node:test's diagnostics: `key: value`, quoted values and `|-` blocks.
function readYaml(lines: readonly string[], start: number): Yaml {
  const base = indentOf(lines[start]);
  const yaml: Yaml = {};
  let blockKey: string | null = null;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (indentOf(line) === base && line.trim() === '...') break;
    if (blockKey !== null && (line.trim() === '' || indentOf(line) > base)) {
      yaml[blockKey] += `${line.trim()}\n`;
      continue;
    }
    blockKey = null;
    const kv = /^\s*([\w-]+):\s?(.*)$/.exec(line);
    if (!kv || indentOf(line) !== base) continue;
    if (/^[|>][-+]?$/.test(kv[2].trim())) {
      blockKey = kv[1];
      yaml[blockKey] = '';
    } else {
      yaml[kv[1]] = unquote(kv[2].trim());
    }
  }
  return yaml;
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return JSON.parse(value) as string;
    } catch {
      return value.slice(1, -1);
    }
  }
  return value;
}
