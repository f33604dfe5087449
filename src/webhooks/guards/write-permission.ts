// `/rift heal` spends compute and pushes a branch, so only people who could push themselves may ask.
import { toGitHubError, type GitHubClient } from '../../github/index.ts';

const ALLOWED = new Set(['admin', 'maintain', 'write']);

export interface PermissionLevel {
  /** Legacy base level: admin, write, read or none (maintain shows as write, triage as read). */
  permission: string;
  /** The role itself: admin, maintain, write, triage, read, or a custom role's name. */
  role_name?: string | null;
}

/** Admin, maintain or write, by the base level or the role's name. */
export function permissionAllows(level: PermissionLevel): boolean {
  return ALLOWED.has(level.permission) || (level.role_name != null && ALLOWED.has(level.role_name));
}

/** Whether the user may trigger a heal on the repository; a user GitHub does not know may not. */
export async function canTriggerHeal(octokit: GitHubClient, owner: string, repo: string, username: string): Promise<boolean> {
  try {
    const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username });
    return permissionAllows(data);
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw toGitHubError(error, `read the permission of @${username} on ${owner}/${repo}`);
  }
}
