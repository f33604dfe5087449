// GitHub's HTTP failures, typed by what the caller must do: retry later, give up with a message, or
// let it propagate as a bug or a setup problem of ours.
import { BadInputError, TransientError } from '../errors/index.ts';

// Octokit's RequestError, by shape: importing @octokit/request-error would tie us to a transitive dependency.
interface HttpErrorLike {
  name: string;
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined> };
}

function isHttpError(error: unknown): error is HttpErrorLike {
  return error instanceof Error && typeof (error as Partial<HttpErrorLike>).status === 'number';
}

// A 403 is a rate limit when GitHub says so in the headers or the message (primary or secondary limit).
function isRateLimited(error: HttpErrorLike): boolean {
  const headers = error.response?.headers ?? {};
  if (String(headers['x-ratelimit-remaining']) === '0' || headers['retry-after'] !== undefined) return true;
  return /rate limit/i.test(error.message);
}

/**
 * The error to throw for a failed GitHub call described by `action` ("update the RIFT check run"):
 * 5xx, 429, network failures (Octokit reports them as 500) and rate-limit 403s -> TransientError;
 * 404, 422 and permission 403s -> BadInputError; anything else (401, our bugs) -> unchanged.
 */
export function toGitHubError(error: unknown, action: string): unknown {
  if (!isHttpError(error)) return error;
  const { status } = error;
  const detail = `GitHub answered ${status} when RIFT tried to ${action}: ${error.message}`;
  if (status >= 500 || status === 429 || (status === 403 && isRateLimited(error))) {
    return new TransientError(detail, { cause: error });
  }
  if (status === 404) {
    return new BadInputError(`${detail} (the repository, pull request or check run is gone, or the app cannot see it)`, { cause: error });
  }
  if (status === 403) {
    return new BadInputError(`${detail} (the GitHub App lacks a permission it needs on this repository)`, { cause: error });
  }
  if (status === 422) return new BadInputError(detail, { cause: error });
  return error;
}

/** Runs one GitHub call, rethrowing its failure as toGitHubError types it. */
export async function callGitHub<T>(action: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toGitHubError(error, action);
  }
}
