// Thin Octokit adapters: each takes its Octokit as a parameter and ensures one GitHub side effect.
export { apiBaseUrl, GITHUB_COM_API, type GitHubHostEnv } from './api-base-url.ts';
export { createOctokit, type CreateOctokitOptions, type GitHubClient, type Octokit, type OctokitLog } from './octokit.ts';
export { callGitHub, toGitHubError } from './github-error.ts';
export { ensureComment, type EnsureCommentInput, type EnsuredComment, type EnsureCommentAction } from './ensure-comment.ts';
export { ensureCheckRun, batches, RIFT_CHECK_NAME, type EnsureCheckRunInput } from './ensure-check-run.ts';
export * from './check-run-types.ts';
