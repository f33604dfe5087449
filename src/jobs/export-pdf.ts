// The pdf-export job's work: report.pdf drawn from a finished run's results.json, beside it.
// The run id comes off a queue, so it is checked to be a UUID before it becomes part of a path.
import { BadInputError } from '../errors/index.ts';
import { pdfPathFor } from '../report/artifacts.ts';
import { renderPdf } from '../report/pdf.ts';
import { readResults, resultsPath } from '../report/results.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Renders <outputDir>/<runId>/report.pdf from results.json beside it; returns the PDF's path. */
export async function exportPdf(outputDir: string, runId: string): Promise<string> {
  // Anything else ("../x", "a/b") could name a file outside the run's own directory.
  if (!UUID.test(runId)) throw new BadInputError(`cannot export the PDF report: "${runId}" is not a run id (a UUID)`);
  const path = resultsPath(outputDir, runId);
  const results = await readResults(path).catch((err: unknown) => {
    throw err instanceof BadInputError ? new BadInputError(`cannot export the PDF report: ${err.message}`, { cause: err }) : err;
  });
  if (results.run_id !== runId) {
    throw new BadInputError(`cannot export the PDF report: ${path} belongs to run ${results.run_id}, not ${runId}`);
  }
  const pdfPath = pdfPathFor(outputDir, runId);
  await renderPdf(results, pdfPath);
  return pdfPath;
}
