import { describe, expect, it } from 'vitest';
import { BadInputError, TransientError } from '../../src/errors/index.ts';
import { toGitHubError } from '../../src/github/github-error.ts';

// The shape Octokit's RequestError has (name "HttpError", numeric status, the response's headers).
function httpError(status: number, message: string, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(message), { name: 'HttpError', status, response: { headers } });
}

describe('toGitHubError', () => {
  it('makes 5xx, 429 and network failures (Octokit says 500) transient', () => {
    for (const status of [500, 502, 503, 429]) {
      expect(toGitHubError(httpError(status, 'Server Error'), 'comment')).toBeInstanceOf(TransientError);
    }
  });

  it('makes a rate-limited 403 transient and a permission 403 a give-up', () => {
    const limited = httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' });
    const forbidden = httpError(403, 'Resource not accessible by integration');

    expect(toGitHubError(limited, 'comment')).toBeInstanceOf(TransientError);
    expect(toGitHubError(forbidden, 'comment')).toBeInstanceOf(BadInputError);
    expect((toGitHubError(forbidden, 'comment') as Error).message).toContain('lacks a permission');
  });

  it('makes 404 and 422 give-ups that name the action and keep the cause', () => {
    const original = httpError(422, 'Validation Failed');

    const mapped = toGitHubError(original, 'create the RIFT check run') as BadInputError;

    expect(mapped).toBeInstanceOf(BadInputError);
    expect(mapped.message).toBe('GitHub answered 422 when RIFT tried to create the RIFT check run: Validation Failed');
    expect(mapped.cause).toBe(original);
    expect(toGitHubError(httpError(404, 'Not Found'), 'x')).toBeInstanceOf(BadInputError);
  });

  it('lets 401 and errors that are not HTTP errors through unchanged', () => {
    const unauthorized = httpError(401, 'Bad credentials');
    const bug = new TypeError('x is undefined');

    expect(toGitHubError(unauthorized, 'comment')).toBe(unauthorized);
    expect(toGitHubError(bug, 'comment')).toBe(bug);
  });
});
