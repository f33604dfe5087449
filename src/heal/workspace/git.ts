// The one place RIFT runs git. Hooks and signing are off so a repository's own configuration can
// never run code or prompt while RIFT works in it.
import { execa } from 'execa';

export interface GitResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

const SAFE_CONFIG = ['-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false'];

/** Runs git in `cwd`; throws with git's own message when it fails, unless `allowFailure`. */
export async function git(
  cwd: string,
  args: string[],
  options: { allowFailure?: boolean; timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<GitResult> {
  const result = await execa('git', [...SAFE_CONFIG, ...args], {
    cwd,
    reject: false,
    timeout: options.timeoutMs ?? 120_000,
    env: { GIT_TERMINAL_PROMPT: '0', GIT_ASKPASS: 'true', ...options.env },
    stdin: 'ignore',
  });
  const exitCode = result.exitCode ?? -1;
  if (exitCode !== 0 && !options.allowFailure) {
    const detail = (result.stderr || result.stdout || result.shortMessage || '').trim();
    throw new Error(`git ${args[0]} failed: ${detail}`);
  }
  return { stdout: result.stdout, stderr: result.stderr, exitCode };
}
