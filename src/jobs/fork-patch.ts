// A fork's pull request cannot receive RIFT's branch, so its fixes travel as a patch in the sticky
// comment: `git format-patch` of the fix branch against the head commit, for `git am --keep-non-patch`.
import { git } from '../heal/workspace/git.ts';
import { codeFence, MAX_COMMENT_CHARS } from '../report/pr-comment.ts';

/** RIFT's commits since `headSha` as one mailbox patch series; empty when there are none. */
export async function formatFixPatch(repoDir: string, headSha: string): Promise<string> {
  // UTF-8 subjects stay readable (the fix line's arrow) instead of RFC 2047-encoded; git am takes both.
  const args = ['format-patch', '--stdout', '--no-signature', '--no-color', '--no-encode-email-headers', `${headSha}..HEAD`];
  const { stdout } = await git(repoDir, args);
  // The output's final newline was stripped; without it the last hunk is corrupt for git am.
  return stdout === '' ? '' : `${stdout}\n`;
}

const SUMMARY = '<details><summary>The fixes as a patch (this pull request comes from a fork, which RIFT cannot push to)</summary>';
// --keep-non-patch: plain `git am` would strip the `[AI-AGENT]` that starts every RIFT commit message.
const HOW_TO = 'Save it as `rift.patch` at the root of your branch and run `git am --keep-non-patch rift.patch`.';

/** `comment` with the patch appended in a collapsible diff block, cut at a line to fit GitHub's limit. */
export function commentWithPatch(comment: string, patch: string, maxChars = MAX_COMMENT_CHARS): string {
  if (patch.trim() === '') return comment;
  const whole = patchSection(patch, null);
  if (comment.length + whole.length <= maxChars) return comment + whole;
  // The fence and the note depend on what is kept, so shrink until the whole fits.
  let room = maxChars - comment.length - patchSection('', { kept: patch.length, total: patch.length }).length;
  for (;;) {
    const kept = cutAtLine(patch, Math.max(0, room));
    const body = comment + patchSection(kept, { kept: kept.length, total: patch.length });
    if (body.length <= maxChars) return body;
    if (kept === '') return comment;
    room -= body.length - maxChars;
  }
}

function patchSection(patch: string, cut: { kept: number; total: number } | null): string {
  const note = cut
    ? `The patch is cut to fit the comment: ${cut.kept} of ${cut.total} characters are shown; the fixes are also listed above and annotated on the diff.`
    : HOW_TO;
  const block = patch === '' ? '' : `${codeFence(patch.replace(/\n$/, ''), 'diff')}\n\n`;
  return ['', '', SUMMARY, '', note, '', `${block}</details>`].join('\n');
}

// Whole lines only, so no line of the diff is shown half.
function cutAtLine(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const end = text.lastIndexOf('\n', maxChars - 1);
  return end <= 0 ? '' : text.slice(0, end + 1);
}
