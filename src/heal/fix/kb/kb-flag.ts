// Whether the knowledge base is used (DESIGN.md section 9: optional, behind a feature flag).
import { BadInputError } from '../../../errors/index.ts';

/**
 * RIFT_KB=on|off decides; unset, the knowledge base is on for the CLI's embedded database (one
 * user's own history) and off for a shared server database, where an operator opts in.
 */
export function kbEnabled(env: Record<string, string | undefined>, opts: { embedded: boolean }): boolean {
  const value = env.RIFT_KB?.trim().toLowerCase();
  if (value === undefined || value === '') return opts.embedded;
  if (value === 'on') return true;
  if (value === 'off') return false;
  throw new BadInputError(`RIFT_KB must be "on" or "off", not "${env.RIFT_KB}".`);
}
