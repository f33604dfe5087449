// A run's artifacts as the dashboard serves them: <OUTPUT_DIR>/<run_id>/results.json and report.pdf,
// named by the same functions that write them (src/report).
import { access, readFile } from 'node:fs/promises';
import { pdfPathFor } from '../report/artifacts.ts';
import { resultsPath } from '../report/results.ts';
import type { ArtifactLinks } from './views.ts';

export type ArtifactName = 'results.json' | 'report.pdf';

/** The content type each artifact is served with. */
export const ARTIFACT_TYPES: Record<ArtifactName, string> = {
  'results.json': 'application/json; charset=utf-8',
  'report.pdf': 'application/pdf',
};

/** Where the run's artifact is (or will be) written. */
export function artifactPath(outputDir: string, runId: string, name: ArtifactName): string {
  return name === 'results.json' ? resultsPath(outputDir, runId) : pdfPathFor(outputDir, runId);
}

/** The artifact's bytes; null when it is not there (yet), or no output folder is configured. */
export async function readArtifact(outputDir: string | null, runId: string, name: ArtifactName): Promise<Buffer | null> {
  if (!outputDir) return null;
  try {
    return await readFile(artifactPath(outputDir, runId, name));
  } catch (err) {
    if (isMissing(err)) return null;
    throw err;
  }
}

/** The API links of the artifacts that exist. */
export async function artifactLinks(outputDir: string | null, runId: string): Promise<ArtifactLinks> {
  const link = async (name: ArtifactName): Promise<string | null> => {
    if (!outputDir) return null;
    try {
      await access(artifactPath(outputDir, runId, name));
      return `/api/runs/${runId}/${name}`;
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  };
  const [results, pdf] = await Promise.all([link('results.json'), link('report.pdf')]);
  return { results_json: results, report_pdf: pdf };
}

// A missing file, or a run folder that is a file: either way there is nothing to serve.
function isMissing(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
