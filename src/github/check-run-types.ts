// The check-run shapes RIFT sends, as GitHub's REST API names them (POST/PATCH .../check-runs).

export type CheckRunStatus = 'queued' | 'in_progress' | 'completed';

export type CheckRunConclusion =
  | 'success'
  | 'failure'
  | 'neutral'
  | 'cancelled'
  | 'skipped'
  | 'timed_out'
  | 'action_required';

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

/** One annotation: shown on the pull request's diff at `path` lines start_line..end_line. */
export interface Annotation {
  /** Relative to the repository root, forward slashes. */
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunOutput {
  title: string;
  /** Markdown, at most MAX_CHECK_TEXT characters. */
  summary: string;
  /** Markdown, at most MAX_CHECK_TEXT characters. */
  text?: string;
  annotations?: Annotation[];
}

/** GitHub accepts at most this many annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** GitHub's limit on a check run's output.summary and output.text, in characters. */
export const MAX_CHECK_TEXT = 65_535;
