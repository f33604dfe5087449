// Finds the helper binaries the sandbox starts by absolute path, since they are started with an
// environment that holds no PATH of RIFT's.
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

const STANDARD_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

/** Absolute path of an executable on PATH or in the standard directories, or null. */
export function findExecutable(name: string, hostEnv: NodeJS.ProcessEnv): string | null {
  const dirs = [...(hostEnv.PATH ?? '').split(delimiter).filter((d) => d.startsWith('/')), ...STANDARD_DIRS];
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return null;
}
