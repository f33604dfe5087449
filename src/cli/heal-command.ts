// `rift heal <path-or-url>`: heals a repository from the terminal and prints each step as it happens,
// each fix in the fix-line form, the score and the paths of results.json and report.pdf.
import path from 'node:path';
import { readEnv } from '../config/env.ts';
import { BadInputError } from '../errors/index.ts';
import { healRun, prepareHeal } from '../heal/pipeline.ts';
import type { StepEvent } from '../heal/record/recorder.ts';
import { defaultWorkRoot } from '../heal/workspace/workspace.ts';
import { createLogger } from '../log.ts';
import { renderSummary } from '../report/terminal.ts';
import { EXIT, exitCodeFor } from './exit-codes.ts';
import { openCliServices } from './open-services.ts';

export interface HealOptions {
  team: string;
  leader: string;
  maxIterations?: number;
  outputDir?: string;
  json?: boolean;
  push?: boolean;
  pdf?: boolean;
}

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Runs one heal from the command line; returns the process exit code. */
export async function healCommand(target: string, options: HealOptions, io: CliIo): Promise<number> {
  let services: Awaited<ReturnType<typeof openCliServices>> | null = null;
  try {
    const env = readEnv(io.env);
    const outputDir = path.resolve(io.cwd, options.outputDir ?? env.OUTPUT_DIR);
    // Bad names or a bad repository are refused before the database and the sandbox are opened.
    const prepared = await prepareHeal({
      target,
      team: options.team,
      leader: options.leader,
      maxIterations: options.maxIterations,
      outputDir,
      pdf: options.pdf !== false,
      push: options.push ?? false,
      cwd: io.cwd,
    });
    const logger = createLogger(io.env);
    services = await openCliServices(env, io.cwd, logger, io.env);
    if (services.sandbox.kind === 'none' && !options.json) io.err('WARNING: bubblewrap is unavailable: checks run WITHOUT a sandbox (scrubbed environment and limits only).');
    const outcome = await healRun(prepared, {
      db: services.db,
      runtime: services.runtime,
      logger,
      sandbox: services.sandbox,
      workRoot: defaultWorkRoot(io.env),
      knowledgeBase: services.knowledgeBase,
      llm: services.llm,
      onStep: options.json ? undefined : (event) => io.out(formatStep(event)),
    });
    if (options.json) io.out(JSON.stringify(outcome.results, null, 2));
    else for (const line of renderSummary(outcome.results, outcome.paths)) io.out(line);
    return exitCodeFor(outcome.results.final_status, outcome.abort);
  } catch (error) {
    if (error instanceof BadInputError) {
      io.err(`rift: ${error.message}`);
      return EXIT.BAD_INPUT;
    }
    throw error;
  } finally {
    await services?.close();
  }
}

/** One terminal line per step: the stage, then what happened. */
export function formatStep(event: StepEvent): string {
  return `[${event.node}] ${event.label}`;
}
