// The workspace as fixers see it: listing leaves out what .github/rift.yml ignores (vendored tools,
// generated code), so module indexes neither read nor suggest them. Reading is unchanged.
import type { IgnoreMatcher } from '../../config/ignore-paths.ts';
import type { WorkspaceReader } from '../types.ts';

/** A reader over `workspace` whose listing drops the ignored paths. */
export function withoutIgnored(workspace: WorkspaceReader, ignored: IgnoreMatcher): WorkspaceReader {
  return {
    root: workspace.root,
    readText: (file) => workspace.readText(file),
    listFiles: async () => (await workspace.listFiles()).filter((file) => !ignored(file)),
  };
}
