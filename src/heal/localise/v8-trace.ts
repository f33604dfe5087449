// Runs a node:test check with V8 coverage on and the boundary hooks preloaded, then reads which
// lines each test ran. The raw coverage directory is a fresh temporary directory, removed by the
// same command; only the hooks' compact report comes back.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LogicRunner } from '../fix/logic/logic-runner.ts';
import { nodeTestParser } from '../parse/node-test.ts';
import type { Check, WorkspaceReader } from '../types.ts';
import type { TracedRun } from './traced-run.ts';
import { V8_HOOKS_FILE, V8_HOOKS_SOURCE, V8_REPORT_FILE } from './v8-hooks.ts';
import { testsFromV8Report } from './v8-report.ts';

/** Runs the check's node:test tests with per-test V8 coverage. */
export async function traceNodeTests(check: Check, runner: LogicRunner, reader: WorkspaceReader, timeoutMs: number): Promise<TracedRun> {
  const cwdAbsolute = path.join(reader.root, check.cwd);
  const report = path.posix.join(check.cwd, V8_REPORT_FILE);
  let run;
  try {
    run = await runner.run(withCoverageDirectory(check.command), {
      cwd: check.cwd,
      edits: [{ file: path.posix.join(check.cwd, V8_HOOKS_FILE), before: '', after: V8_HOOKS_SOURCE }],
      env: {
        NODE_OPTIONS: `--import=${pathToFileURL(path.join(cwdAbsolute, V8_HOOKS_FILE)).href}`,
        RIFT_V8_OUT: path.join(cwdAbsolute, V8_REPORT_FILE),
        RIFT_TRACE_ROOT: reader.root,
      },
      readBack: [report],
      timeoutMs,
    });
  } catch (error) {
    return { ok: false, note: `the coverage run could not start: ${(error as Error).message}` };
  }
  if (run.timedOut) return { ok: false, note: `the coverage run timed out after ${timeoutMs} ms` };
  const text = run.files[report];
  if (!text) return { ok: false, note: 'no per-test coverage came back (tests outside node:test child processes, NODE_OPTIONS overridden, or a report over 1 MB)' };
  const failedIds = nodeTestParser.parse(run.output, { repoRoot: reader.root, cwd: check.cwd, check: check.id }).flatMap((f) => (f.test ? [f.test] : []));
  const { tests, unmappable } = await testsFromV8Report(reader.root, text, (file) => reader.readText(file), failedIds);
  const traced = tests.some((t) => Object.keys(t.lines).length > 0);
  if (!traced && unmappable.length > 0) return { ok: false, note: `coverage of ${unmappable.join(', ')} cannot be mapped to its lines (TypeScript run through a loader, no source map)` };
  if (tests.length === 0) return { ok: false, note: 'the coverage hooks saw no test' };
  return { ok: true, tests };
}

// The check's command in a subshell with NODE_V8_COVERAGE set to a directory that is removed after.
function withCoverageDirectory(command: string): string {
  return [
    'rift_v8_dir=$(mktemp -d) || exit 1',
    'export NODE_V8_COVERAGE="$rift_v8_dir"',
    `(\n${command}\n)`,
    'rift_status=$?',
    'rm -rf "$rift_v8_dir"',
    'exit $rift_status',
  ].join('\n');
}
