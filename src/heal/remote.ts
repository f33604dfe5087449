// The seams through which a server run differs from a CLI run: the fix branch is published after each
// CI round and the repository's own CI on GitHub has the last word, and delivery is done by the caller.
import type { Results } from '../report/results.ts';
import type { Recorder } from './record/recorder.ts';
import type { Workspace } from './workspace/workspace.ts';

/** What the repository's own CI said about a pushed fix branch. */
export type RemoteCiVerdict =
  | { kind: 'passed' | 'failed'; githubRunId: number | null; detail: string }
  /** Its CI does not run on the fix branch (or said nothing in time): the local checks are the verdict. */
  | { kind: 'absent'; detail: string }
  /** RIFT must stop: a person pushed to the fix branch, or it cannot be pushed. */
  | { kind: 'stopped'; detail: string };

export interface PublishArgs {
  workspace: Workspace;
  branch: string;
  iteration: number;
  /** The commit to publish: the workspace's HEAD. */
  headSha: string;
  recorder: Recorder;
}

export interface FixBranchRemote {
  /** Pushes the fix branch and waits for the repository's CI on `headSha`. */
  publish(args: PublishArgs): Promise<RemoteCiVerdict>;
}

export interface DeliverArgs {
  workspace: Workspace;
  branch: string;
  /** Commits RIFT made on the branch, reverts included. */
  commits: number;
  results: Results;
  recorder: Recorder;
}

/** Hands the finished branch over; the CLI's default fetches it back and pushes with --push. */
export type DeliverFn = (args: DeliverArgs) => Promise<void>;
