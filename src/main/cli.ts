#!/usr/bin/env node
// The `rift` command: wiring only. Each subcommand's work lives in src/cli/.
import { Command, InvalidArgumentError } from 'commander';
import { healCommand } from '../cli/heal-command.ts';
import { applyRuntimeFlags } from './runtime-flags.ts';
import { runServerCommand, type ServerCommand } from './server-commands.ts';

applyRuntimeFlags();

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return parsed;
}

const program = new Command('rift')
  .description('RIFT heals failing CI: it fixes each failure, verifies it with the repository’s own checks and commits it to a branch of its own.')
  .exitOverride((error) => {
    // Bad command-line input is exit code 2, like every other bad input.
    process.exit(error.exitCode === 0 ? 0 : 2);
  });

program
  .command('heal')
  .description('heal a local repository or a git URL; the fix branch <TEAM>_<LEADER>_AI_Fix is fetched back into it')
  .argument('<path-or-url>', 'the repository to heal')
  .requiredOption('--team <name>', 'team name (names the fix branch)')
  .requiredOption('--leader <name>', 'team leader name (names the fix branch)')
  .option('--max-iterations <n>', 'retry limit (default: .github/rift.yml retry_limit, else 5)', positiveInteger)
  .option('--output-dir <dir>', 'where results.json and report.pdf go (default: OUTPUT_DIR, else ./outputs)')
  .option('--json', 'print results.json alone')
  .option('--push', 'push the fix branch to the repository’s remote when the run passes')
  .option('--no-pdf', 'skip report.pdf')
  .action(async (target: string, options) => {
    const io = { out: (line: string) => console.log(line), err: (line: string) => console.error(line), env: process.env, cwd: process.cwd() };
    process.exitCode = await healCommand(target, options, io);
  });

// Server mode: these keep running until SIGTERM/SIGINT; a failed start exits with its code.
async function startServerCommand(command: ServerCommand): Promise<void> {
  const io = { err: (line: string) => console.error(line), env: process.env, cwd: process.cwd(), exit: (code: number) => process.exit(code) };
  const code = await runServerCommand(command, io);
  if (code !== null) process.exit(code);
}

program
  .command('serve')
  .description('run the GitHub App: webhooks on PORT at WEBHOOK_PATH, GET /healthz, and a worker (needs APP_ID, a private key, WEBHOOK_SECRET, DATABASE_URL, REDIS_URL)')
  .option('--no-worker', 'receive webhooks only; `rift worker` processes heal the runs')
  .action(async (options: { worker: boolean }) => startServerCommand({ kind: 'serve', workers: options.worker }));

program
  .command('worker')
  .description('heal queued runs; start any number, on any machines, sharing one PostgreSQL and one Redis')
  .option('--concurrency <n>', 'runs this process heals at once (default: RIFT_WORKER_CONCURRENCY, else 1)', positiveInteger)
  .action(async (options: { concurrency?: number }) => startServerCommand({ kind: 'worker', concurrency: options.concurrency }));

await program.parseAsync(process.argv);
