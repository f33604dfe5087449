import { describe, expect, it } from 'vitest';
import { BadInputError, TransientError } from '../../src/errors/index.ts';
import { ensureComment } from '../../src/github/ensure-comment.ts';
import { nock, useStrictHttpMock } from '../helpers/http-mock.ts';
import { issueComment, pullRequestTarget, testOctokit } from './github-fixtures.ts';

const MARKER = '<!-- rift:sticky -->';

describe('ensureComment', () => {
  useStrictHttpMock();
  const { owner, repo, number } = pullRequestTarget();
  const commentsPath = `/repos/${owner}/${repo}/issues/${number}/comments`;

  it('creates the comment when no comment carries the marker', async () => {
    const sent: unknown[] = [];
    nock('https://api.github.com')
      .get(commentsPath)
      .query({ per_page: 100 })
      .reply(200, [issueComment(owner, repo, number, 1, 'LGTM')])
      .post(commentsPath, (body) => sent.push(body) > 0)
      .reply(201, issueComment(owner, repo, number, 42, `${MARKER}\nhealing`));

    const result = await ensureComment(testOctokit(), { owner, repo, issueNumber: number, marker: MARKER, body: `${MARKER}\nhealing` });

    expect(result).toEqual({ id: 42, action: 'created' });
    expect(sent).toEqual([{ body: `${MARKER}\nhealing` }]);
  });

  it('edits the marked comment in place when it is on the second page', async () => {
    const sent: unknown[] = [];
    const page2 = `https://api.github.com/repositories/1296269/issues/${number}/comments?per_page=100&page=2`;
    const page1Comments = Array.from({ length: 100 }, (_, i) => issueComment(owner, repo, number, 101 + i, `comment ${i}`));
    nock('https://api.github.com')
      .get(commentsPath)
      .query({ per_page: 100 })
      .reply(200, page1Comments, { link: `<${page2}>; rel="next", <${page2}>; rel="last"` })
      .get(`/repositories/1296269/issues/${number}/comments`)
      .query({ per_page: 100, page: 2 })
      .reply(200, [issueComment(owner, repo, number, 900, 'LGTM'), issueComment(owner, repo, number, 902, `${MARKER}\nold`)])
      .patch(`/repos/${owner}/${repo}/issues/comments/902`, (body) => sent.push(body) > 0)
      .reply(200, issueComment(owner, repo, number, 902, `${MARKER}\nnew`));

    const result = await ensureComment(testOctokit(), { owner, repo, issueNumber: number, marker: MARKER, body: `${MARKER}\nnew` });

    expect(result).toEqual({ id: 902, action: 'updated' });
    expect(sent).toEqual([{ body: `${MARKER}\nnew` }]);
  });

  it('sends nothing when the marked comment already says the same', async () => {
    nock('https://api.github.com')
      .get(commentsPath)
      .query({ per_page: 100 })
      .reply(200, [issueComment(owner, repo, number, 8, `${MARKER}\nsame`)]);

    const result = await ensureComment(testOctokit(), { owner, repo, issueNumber: number, marker: MARKER, body: `${MARKER}\nsame` });

    expect(result).toEqual({ id: 8, action: 'unchanged' });
  });

  it('adds the marker to a body that lacks it, so the next call finds the comment', async () => {
    const sent: unknown[] = [];
    nock('https://api.github.com')
      .get(commentsPath)
      .query({ per_page: 100 })
      .reply(200, [])
      .post(commentsPath, (body) => sent.push(body) > 0)
      .reply(201, issueComment(owner, repo, number, 6, `${MARKER}\nplain`));

    await ensureComment(testOctokit(), { owner, repo, issueNumber: number, marker: MARKER, body: 'plain' });

    expect(sent).toEqual([{ body: `${MARKER}\nplain` }]);
  });

  it('uses the GitHub Enterprise API when GHE_HOST is set, with the token', async () => {
    nock('http://ghe.example.test:8080', { reqheaders: { authorization: 'token ghs_test_token' } })
      .get(`/api/v3${commentsPath}`)
      .query({ per_page: 100 })
      .reply(200, [issueComment(owner, repo, number, 10, `${MARKER}\nsame`)]);

    const octokit = testOctokit({ GHE_HOST: 'ghe.example.test:8080', GHE_PROTOCOL: 'http' });
    const result = await ensureComment(octokit, { owner, repo, issueNumber: number, marker: MARKER, body: `${MARKER}\nsame` });

    expect(result.action).toBe('unchanged');
  });

  it('gives up with a message on 404 and retries later on 5xx', async () => {
    nock('https://api.github.com')
      .get(commentsPath)
      .query({ per_page: 100 })
      .reply(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
      .get(commentsPath)
      .query({ per_page: 100 })
      .reply(502, { message: 'Server Error' });
    const input = { owner, repo, issueNumber: number, marker: MARKER, body: 'x' };

    const notFound = ensureComment(testOctokit(), input);
    await expect(notFound).rejects.toBeInstanceOf(BadInputError);
    await expect(notFound).rejects.toThrow(`GitHub answered 404 when RIFT tried to list the comments of ${owner}/${repo}#${number}`);
    await expect(ensureComment(testOctokit(), input)).rejects.toBeInstanceOf(TransientError);
  });
});
