// Iterations are capped so a comment cannot start a run that loops for hours.

export const MIN_ITERATIONS = 1;
export const MAX_ITERATIONS = 10;

/** Why the requested iteration count is refused, or null when it is fine (or not given). */
export function iterationLimitError(maxIterations: number | undefined): string | null {
  if (maxIterations === undefined) return null;
  if (!Number.isInteger(maxIterations) || maxIterations < MIN_ITERATIONS || maxIterations > MAX_ITERATIONS) {
    return `--max-iterations must be between ${MIN_ITERATIONS} and ${MAX_ITERATIONS}, not ${maxIterations}`;
  }
  return null;
}
