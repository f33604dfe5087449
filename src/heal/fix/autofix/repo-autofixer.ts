// The repository's own autofixer (black, isort, autopep8, prettier, eslint --fix) when it has one
// configured and installed: its output for the reported file is the patch, so the fix follows the
// repository's own style. The tool runs through the pipeline's sandboxed runner and prints the
// result; nothing is written. The verification gate still judges the patch like any other.
import { posix } from 'node:path';
import type { Failure, Fixer, FixResult, WorkspaceReader } from '../../types.ts';
import { languageOf } from '../language.ts';
import { configuredTools, type ConfiguredTool } from './configured-tools.ts';
import type { AutofixRunner } from './runner.ts';

// A rule_first fixer that proposes the repository's configured autofixer's output.
export function repoAutofixer(run: AutofixRunner): Fixer {
  return {
    name: 'repo-autofixer',
    strategy: 'rule_first',
    bugTypes: ['LINTING', 'INDENTATION'],
    languages: ['python', 'javascript', 'typescript'],
    fix: (failure, workspace) => autofix(failure, workspace, run),
  };
}

async function autofix(failure: Failure, workspace: WorkspaceReader, run: AutofixRunner): Promise<FixResult> {
  const language = languageOf(failure.file);
  if (language === null) return { kind: 'decline', reason: `${failure.file} is in no language RIFT fixes` };
  if (!failure.code) return { kind: 'decline', reason: 'the finding has no code to match an autofixer against' };
  const configured = (await configuredTools(failure.file, language, workspace)).filter((c) => c.tool.fixes(failure.code!));
  if (configured.length === 0) return { kind: 'decline', reason: `no configured autofixer fixes ${failure.code}` };
  const text = await workspace.readText(failure.file);
  if (text === null) return { kind: 'decline', reason: `cannot read ${failure.file}` };
  const reasons: string[] = [];
  for (const tool of configured) {
    const result = await runTool(tool, failure, text, run);
    if ('reason' in result) {
      reasons.push(`${tool.tool.name}: ${result.reason}`);
      continue;
    }
    return {
      kind: 'patch',
      patch: {
        edits: [{ file: failure.file, before: text, after: result.after }],
        description: `apply the repository's autofixer (${tool.tool.name})`,
        confidence: 0.85,
        reason: `${tool.tool.name} is configured in ${tool.foundIn} and installed; its output for ${failure.file} follows the repository's own style`,
      },
    };
  }
  return { kind: 'decline', reason: reasons.join('; ') };
}

// The tool's new text for the file, or why there is none.
async function runTool(configured: ConfiguredTool, failure: Failure, text: string, run: AutofixRunner): Promise<{ after: string } | { reason: string }> {
  const { tool, dir } = configured;
  const file = shellQuote(posix.relative(dir, failure.file));
  const outcome = await run(commandFor(configured, file), dir);
  if (outcome.exitCode === 127) return { reason: 'not installed' };
  if (outcome.exitCode === null) return { reason: 'it was stopped (time or memory limit)' };
  if (outcome.truncated) return { reason: 'its output was cut' };
  // ESLint exits 1 when problems remain; its report says whether this one is gone.
  if (tool.output === 'text' && outcome.exitCode !== 0) return { reason: `it exited with ${outcome.exitCode}` };
  const after = tool.output === 'eslint-json' ? eslintOutput(outcome.output, failure) : outcome.output;
  if (after === null) return { reason: 'it has no fix for the finding' };
  if (after.trim() === '' && text.trim() !== '') return { reason: 'it printed nothing' };
  if (after === text) return { reason: 'it changes nothing' };
  return { after };
}

// Python tools are found on the sandbox's PATH; npm tools in node_modules/.bin at or above the config.
function commandFor(configured: ConfiguredTool, file: string): string {
  const { tool, binDirs } = configured;
  if (!tool.npmPackage) return `command -v ${tool.name} >/dev/null 2>&1 || exit 127; ${tool.command(file, tool.name)} 2>/dev/null`;
  const bins = binDirs.map((d) => shellQuote(posix.join(d, 'node_modules/.bin', tool.name))).join(' ');
  return `for b in ${bins}; do if [ -x "$b" ]; then exec ${tool.command(file, '"$b"')} 2>/dev/null; fi; done; exit 127`;
}

// ESLint's --fix-dry-run report: the fixed text, or null when it fixed nothing or left the finding.
function eslintOutput(output: string, failure: Failure): string | null {
  let report: unknown;
  try {
    report = JSON.parse(output);
  } catch {
    return null;
  }
  const result = Array.isArray(report) ? (report[0] as { output?: unknown; messages?: { ruleId?: string; line?: number }[] }) : null;
  if (!result || typeof result.output !== 'string') return null;
  const left = (result.messages ?? []).some((m) => m.ruleId === failure.code && m.line === failure.line);
  return left ? null : result.output;
}

function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
