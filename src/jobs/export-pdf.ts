// The pdf-export job's work: report.pdf drawn from a finished run's results.json, beside it.
// The run id comes off a queue, so it is checked to be a UUID before it becomes part of a path.
import { readFile } from 'node:fs/promises';
import { BadInputError } from '../errors/index.ts';
import { pdfPathFor } from '../report/artifacts.ts';
import { renderPdf } from '../report/pdf.ts';
import { resultsPath, validateResults, type Results } from '../report/results.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Renders <outputDir>/<runId>/report.pdf from results.json beside it; returns the PDF's path. */
export async function exportPdf(outputDir: string, runId: string): Promise<string> {
  // Anything else ("../x", "a/b") could name a file outside the run's own directory.
  if (!UUID.test(runId)) throw new BadInputError(`cannot export the PDF report: "${runId}" is not a run id (a UUID)`);
  const path = resultsPath(outputDir, runId);
  const results = parseResults(await readResultsText(path), path);
  if (results.run_id !== runId) {
    throw new BadInputError(`cannot export the PDF report: ${path} belongs to run ${results.run_id}, not ${runId}`);
  }
  const pdfPath = pdfPathFor(outputDir, runId);
  await renderPdf(results, pdfPath);
  return pdfPath;
}

// A missing file will not appear by retrying: results.json is written before the job is enqueued.
async function readResultsText(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') {
      throw new BadInputError(`cannot export the PDF report: ${path} does not exist`, { cause: err });
    }
    throw err;
  }
}

// Checked against the published schema: the PDF draws only what results.json is promised to hold.
function parseResults(text: string, path: string): Results {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new BadInputError(`cannot export the PDF report: ${path} is not JSON (${(err as Error).message})`, { cause: err });
  }
  try {
    validateResults(data);
  } catch (err) {
    throw new BadInputError(`cannot export the PDF report: ${path} is invalid: ${(err as Error).message}`, { cause: err });
  }
  return data;
}
