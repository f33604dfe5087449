// Turns kept fixes into commits: one commit per fix while the run has made fewer than 20, then one
// per file (DESIGN.md section 2 asks for file and bug type; git stages whole files, so fixes of two
// types in one file share a commit, which is never more commits than the contract allows).
import type { Workspace } from './workspace/workspace.ts';
import { batchCommitMessage, fixCommitMessage, revertCommitMessage } from './commit-message.ts';
import type { BugType } from './types.ts';

/** Commits beyond this many cost points, so fixes are batched past it. */
export const FREE_COMMITS = 20;

export interface KeptFix {
  fixId: string;
  bugType: BugType;
  file: string;
  line: number;
  description: string;
  fixLine: string;
  files: string[];
}

export interface CommitRecord {
  sha: string;
  message: string;
  fixIds: string[];
}

export interface Committer {
  /** How many commits RIFT has made on the fix branch, reverts included. */
  readonly count: number;
  /** Commits a kept fix now, or holds it for a batch once the free commits are used; null when held. */
  add(fix: KeptFix): Promise<CommitRecord | null>;
  /** Commits every held batch; returns the commits made. */
  flush(): Promise<CommitRecord[]>;
  /** Reverts a commit with an `[AI-AGENT] Revert` commit. */
  revert(sha: string): Promise<CommitRecord>;
}

/** A committer over the run's workspace. */
export function createCommitter(workspace: Workspace): Committer {
  let count = 0;
  const batches = new Map<string, KeptFix[]>();

  async function commit(files: string[], message: string, fixIds: string[]): Promise<CommitRecord> {
    const sha = await workspace.commit(files, message);
    count += 1;
    return { sha, message, fixIds };
  }

  return {
    get count() {
      return count;
    },

    async add(fix) {
      if (count < FREE_COMMITS && batches.size === 0) {
        return commit(fix.files, fixCommitMessage(fix), [fix.fixId]);
      }
      batches.set(fix.file, [...(batches.get(fix.file) ?? []), fix]);
      return null;
    },

    async flush() {
      const made: CommitRecord[] = [];
      for (const fixes of batches.values()) {
        const first = fixes[0];
        const message =
          fixes.length === 1 ? fixCommitMessage(first) : batchCommitMessage(first.file, fixes.map((f) => f.fixLine));
        const files = [...new Set(fixes.flatMap((f) => f.files))];
        made.push(await commit(files, message, fixes.map((f) => f.fixId)));
      }
      batches.clear();
      return made;
    },

    async revert(sha) {
      const subject = await workspace.subjectOf(sha);
      const message = revertCommitMessage(subject);
      const revertSha = await workspace.revert(sha, message);
      count += 1;
      return { sha: revertSha, message, fixIds: [] };
    },
  };
}
