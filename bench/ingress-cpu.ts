// CPU time a process has used (user + system, from /proc): the server's cost per webhook, a figure
// that a shared machine disturbs far less than latency does. null where /proc is not there.
import { readFileSync } from 'node:fs';

// USER_HZ: the kernel reports /proc times in these ticks; 100 on every Linux RIFT runs on.
const TICKS_PER_SEC = 100;

/** User + system CPU milliseconds of the process so far, or null when it cannot be read. */
export function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: fields are counted after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / TICKS_PER_SEC;
  } catch {
    return null;
  }
}

/** Load average over the last minute (how busy the shared machine was), or null. */
export function loadAverage1m(): number | null {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return null;
  }
}
