// node:test's TAP reporter (the default when output is not a terminal): `not ok N - name` with a
// YAML diagnostic block giving location, error, name, code and stack.
import type { Failure } from '../types.ts';
import type { RawFrame } from './frames.ts';
import { jsErrorToFailure } from './js-failure.ts';
import { jsFrames } from './js-stack.ts';
import type { ParseContext } from './parser.ts';
import { indentOf, oneLine } from './text.ts';

const SUBTEST = /^(\s*)# Subtest: (.+)$/;
const NOT_OK = /^(\s*)not ok \d+ - (.+?)(?:\s+#\s+(?:TODO|SKIP)\b.*)?$/;
const LOCATION = /^(.*):(\d+):(\d+)$/;

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
    const failure = toFailure(yaml, [...names, notOk[2].trim()].join(' > '), ctx);
    if (failure) failures.push(failure);
  }
  return failures;
}

function toFailure(yaml: Yaml, test: string, ctx: ParseContext): Failure | null {
  // Suites fail because a child did (reported itself); a file that "failed" without an error of
  // its own crashed while loading, which Node printed above (the node runtime parser's part).
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
