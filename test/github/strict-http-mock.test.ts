// The strict mock must catch what it promises to catch, or every GitHub test could pass vacuously.
import { describe, expect, it } from 'vitest';
import { nock, takeHttpMockProblems, useStrictHttpMock } from '../helpers/http-mock.ts';

describe('strict HTTP mock', () => {
  useStrictHttpMock();

  it('reports a request that nothing mocked, and refuses to reach the network', async () => {
    const request = fetch('https://api.github.com/repos/octo/app/issues/1/comments');

    await expect(request).rejects.toThrow();
    expect(takeHttpMockProblems()).toEqual(['unmocked request: GET https://api.github.com/repos/octo/app/issues/1/comments']);
  });

  it('reports a request to a mocked host that no interceptor matches', async () => {
    nock('https://api.github.com').get('/rate_limit').reply(200, {});

    await expect(fetch('https://api.github.com/meta', { method: 'POST' })).rejects.toThrow();

    const problems = takeHttpMockProblems();
    expect(problems).toContain('unmocked request: POST https://api.github.com/meta');
    expect(problems).toContain('unused mock: GET https://api.github.com:443/rate_limit');
  });

  it('has nothing to report when every mock was used', async () => {
    nock('https://api.github.com').get('/rate_limit').reply(200, { resources: {} });

    const response = await fetch('https://api.github.com/rate_limit');

    expect(response.status).toBe(200);
    expect(takeHttpMockProblems()).toEqual([]);
  });
});
