// No loops: RIFT never heals because of something it did itself. Its own check runs are its reports,
// and CI on its fix branches is the result of its own pushes (a wake for the worker, never a trigger).

/** Suffix of every fix branch (`<TEAM>_<LEADER>_AI_Fix`, DESIGN.md section 2). */
export const FIX_BRANCH_SUFFIX = '_AI_Fix';

/** The event's app (a check run's or check suite's) is RIFT itself. */
export function isOwnApp(appId: number, app: { id: number | null } | null | undefined): boolean {
  return app?.id === appId;
}

/** A branch RIFT pushes to: CI there is RIFT's own business. */
export function isFixBranch(ref: string | null | undefined): boolean {
  return typeof ref === 'string' && ref.endsWith(FIX_BRANCH_SUFFIX);
}

/** The sender is an app (RIFT included): bots do not ask RIFT for anything. */
export function isBotSender(sender: { type?: string; login?: string } | null | undefined): boolean {
  return sender?.type === 'Bot' || (sender?.login?.endsWith('[bot]') ?? false);
}
