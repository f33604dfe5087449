import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentWithPatch, formatFixPatch } from '../../src/jobs/fork-patch.ts';
import { MAX_COMMENT_CHARS } from '../../src/report/pr-comment.ts';
import { makeRepo } from '../helpers/git-repo.ts';

const COMMENT = '<!-- rift:sticky -->\n### ✅ RIFT: PASSED';

describe('formatFixPatch', () => {
  it('holds RIFT’s commits since the head commit, ready for git am, and nothing before it', async () => {
    const repo = makeRepo({ 'app.py': 'import os\nx = 1\n' });
    const head = repo.git('rev-parse', 'HEAD').trim();
    repo.git('rm', '--quiet', '--cached', 'app.py');
    repo.git('commit', '--quiet', '-m', '[AI-AGENT] Fix LINTING in app.py');

    const patch = await formatFixPatch(repo.dir, head);

    expect(patch).toContain('Subject: [PATCH] [AI-AGENT] Fix LINTING in app.py');
    expect(patch).toContain('-import os');
    expect(patch).not.toContain('Subject: [PATCH] initial');
    expect(await formatFixPatch(repo.dir, repo.git('rev-parse', 'HEAD').trim())).toBe('');
    repo.cleanup();
  });

  it('applies with git am on the fork’s head commit, subject and all', async () => {
    const repo = makeRepo({ 'app.py': 'import os\nx = 1\n' });
    const head = repo.git('rev-parse', 'HEAD').trim();
    writeFileSync(path.join(repo.dir, 'app.py'), 'x = 1\n');
    repo.git('commit', '--quiet', '-am', '[AI-AGENT] LINTING error in app.py line 1 → Fix: remove the import statement');
    const fixed = repo.git('rev-parse', 'HEAD^{tree}').trim();
    const patch = await formatFixPatch(repo.dir, head);
    repo.git('checkout', '--quiet', '-b', 'theirs', head);
    writeFileSync(path.join(repo.dir, 'rift.patch'), patch);

    repo.git('am', '--quiet', '--keep-non-patch', 'rift.patch');

    expect(patch).toContain('Subject: [PATCH] [AI-AGENT] LINTING error in app.py line 1 →');
    expect(repo.git('rev-parse', 'HEAD^{tree}').trim()).toBe(fixed);
    expect(repo.git('log', '-1', '--format=%s').trim()).toBe('[AI-AGENT] LINTING error in app.py line 1 → Fix: remove the import statement');
    repo.cleanup();
  });
});

describe('commentWithPatch', () => {
  it('appends the whole patch in a collapsible diff block with how to apply it', () => {
    const patch = 'From abc\nSubject: [PATCH] [AI-AGENT] fix\n---\n-import os\n+\n';

    const body = commentWithPatch(COMMENT, patch);

    expect(body.startsWith(COMMENT)).toBe(true);
    expect(body).toContain('<details><summary>');
    expect(body).toContain('```diff\nFrom abc\nSubject: [PATCH] [AI-AGENT] fix\n---\n-import os\n+\n```');
    expect(body).toContain('git am --keep-non-patch rift.patch');
    expect(body.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('leaves the comment alone when there is no patch', () => {
    expect(commentWithPatch(COMMENT, '')).toBe(COMMENT);
  });

  it('cuts a patch too long for GitHub at a line, says so, and stays within the limit', () => {
    const lines = Array.from({ length: 4000 }, (_, i) => `+line ${i} ${'x'.repeat(20)}`);
    const patch = `${lines.join('\n')}\n`;

    const body = commentWithPatch(COMMENT, patch);

    expect(patch.length).toBeGreaterThan(MAX_COMMENT_CHARS);
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_CHARS);
    expect(body).toMatch(new RegExp(`The patch is cut to fit the comment: \\d+ of ${patch.length} characters are shown`));
    const shown = body.slice(body.indexOf('```diff\n') + 8, body.lastIndexOf('\n```'));
    expect(patch.startsWith(`${shown}\n`)).toBe(true);
    expect(body.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('keeps a fence longer than any backtick run inside the patch', () => {
    const body = commentWithPatch(COMMENT, '+```python\n+x = 1\n+```\n');

    expect(body).toContain('````diff\n+```python');
    expect(body).toContain('+```\n````');
  });
});
