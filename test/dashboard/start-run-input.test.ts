// The body of POST /api/runs, checked without I/O: repository forms on github.com and on a GHE host,
// the retry limit's default and bounds, and team/leader names that must name a branch.
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../src/dashboard/http-error.ts';
import { parseStartRunBody } from '../../src/dashboard/start-run-input.ts';

const GITHUB = 'https://github.com';
const GHE = 'https://git.example.com';

// The 400's message, or a failure when the body is accepted.
function refusal(body: unknown, origin = GITHUB): string {
  try {
    parseStartRunBody(body, origin);
  } catch (err) {
    expect(err).toBeInstanceOf(HttpError);
    expect((err as HttpError).statusCode).toBe(400);
    return (err as HttpError).message;
  }
  throw new Error(`accepted ${JSON.stringify(body)}`);
}

describe('parseStartRunBody', () => {
  it('takes owner/name or the repository’s URL, and a retry limit of 5 unless given', () => {
    const short = parseStartRunBody({ repository: ' octo-org/shop ', team: ' Code Warriors ', leader: 'Ada' }, GITHUB);
    const url = parseStartRunBody({ repository: 'https://github.com/octo-org/shop.git', team: 'T', leader: 'L', retry_limit: '12' }, GITHUB);

    expect(short).toEqual({ repository: { owner: 'octo-org', name: 'shop', fullName: 'octo-org/shop' }, team: 'Code Warriors', leader: 'Ada', retryLimit: 5 });
    expect(url).toMatchObject({ repository: { fullName: 'octo-org/shop' }, retryLimit: 12 });
  });

  it('reads repositories on the GitHub Enterprise host, and refuses github.com there', () => {
    const ghe = parseStartRunBody({ repository: `${GHE}/platform/api`, team: 'T', leader: 'L' }, GHE);
    const short = parseStartRunBody({ repository: 'platform/api', team: 'T', leader: 'L' }, GHE);

    expect(ghe.repository.fullName).toBe('platform/api');
    expect(short.repository.fullName).toBe('platform/api');
    expect(refusal({ repository: 'https://github.com/platform/api', team: 'T', leader: 'L' }, GHE)).toBe(`repository: must be owner/name or ${GHE}/owner/name`);
  });

  it('refuses retry limits outside 1..20, fractions and words', () => {
    for (const retry_limit of [0, 21, 2.5, 'five', null]) {
      expect(refusal({ repository: 'o/r', team: 'T', leader: 'L', retry_limit })).toMatch(/^retry_limit: must be/);
    }
  });

  it('refuses a missing or empty name, and one with nothing to name a branch with', () => {
    expect(refusal({ repository: 'o/r', leader: 'L' })).toMatch(/^team: /);
    expect(refusal({ repository: 'o/r', team: 'T', leader: '   ' })).toBe('leader: must not be empty');
    expect(refusal({ repository: 'o/r', team: 'T', leader: '***' })).toMatch(/leader name "\*\*\*" has no letter or digit/);
    expect(refusal({ repository: 'o/r/extra', team: 'T', leader: 'L' })).toMatch(/^repository: /);
    expect(refusal(undefined)).toMatch(/repository: .*team: .*leader: /);
  });
});
