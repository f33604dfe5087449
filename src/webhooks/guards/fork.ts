// Fork pull requests are healed too, but RIFT cannot push to a fork: the trigger says so and the job
// posts the fixes as a patch and annotations instead of pushing.

/** The pull request's head lives in another repository than its base. */
export function isForkPullRequest(pr: { headRepoFullName: string; baseRepoFullName: string }): boolean {
  return pr.headRepoFullName.toLowerCase() !== pr.baseRepoFullName.toLowerCase();
}
