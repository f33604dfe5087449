// CI on a fix branch ends while a worker waits for it: the webhook (on whichever process receives it)
// publishes on this channel so the waiting worker looks at once instead of at its next poll.
// Redis pub/sub only wakes; the GitHub API is what the worker reads, so a lost message costs one poll.

/** The channel for CI news about one commit of one repository ("owner/name"). */
export function ciWakeChannel(repoFullName: string, sha: string): string {
  return `rift:ci:${repoFullName.toLowerCase()}@${sha}`;
}
