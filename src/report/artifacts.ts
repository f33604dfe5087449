// A terminal run's artifacts, in the order DESIGN.md section 5 gives: results.json first, always,
// then report.pdf. The PDF is a rendering of results.json; failing to draw it must not lose the record.
import { dirname, join } from 'node:path';
import type { Logger } from '../log.ts';
import { PDF_FILE_NAME, renderPdf } from './pdf.ts';
import { writeResults, type Results } from './results.ts';

export interface WriteArtifactsOptions {
  /** False when the PDF is made elsewhere (the pdf-export queue in server mode). */
  pdf: boolean;
  /** Told about a PDF failure; the failure is also returned. */
  logger?: Logger;
  /** The PDF renderer; tests pass a failing one. */
  render?: (results: Results, outPath: string) => Promise<void>;
}

export interface ArtifactPaths {
  resultsPath: string;
  /** Set only when the PDF was written. */
  pdfPath?: string;
  /** Why the PDF was not written, when it was asked for and failed. */
  pdfError?: Error;
}

/** Where report.pdf goes: beside results.json in <outputDir>/<run_id>/. */
export function pdfPathFor(outputDir: string, runId: string): string {
  return join(outputDir, runId, PDF_FILE_NAME);
}

/** Writes results.json (throws if it cannot), then the PDF (a failure is returned, not thrown). */
export async function writeArtifacts(
  outputDir: string,
  results: Results,
  { pdf, logger, render = renderPdf }: WriteArtifactsOptions,
): Promise<ArtifactPaths> {
  const resultsPath = await writeResults(outputDir, results);
  if (!pdf) return { resultsPath };
  const pdfPath = join(dirname(resultsPath), PDF_FILE_NAME);
  try {
    await render(results, pdfPath);
    return { resultsPath, pdfPath };
  } catch (error) {
    const pdfError = error instanceof Error ? error : new Error(String(error));
    logger?.warn({ err: pdfError, runId: results.run_id, resultsPath }, 'pdf report failed; results.json was written');
    return { resultsPath, pdfError };
  }
}
