// PGlite start-up settings sized for RIFT's small store, so the embedded database does not dominate the process's memory.
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';

/**
 * Shared buffers of the embedded server. PGlite's default (128MB, from initdb) is allocated and touched at start,
 * which alone costs ~120MB of RSS; RIFT's tables hold a few thousand rows, for which 16MB is ample.
 */
export const PGLITE_SHARED_BUFFERS = '16MB';

/** PGlite options: smaller shared buffers at every start, and written into postgresql.conf when initdb creates the folder. */
export function pgliteOptions(): PGliteOptions {
  const setting = `shared_buffers=${PGLITE_SHARED_BUFFERS}`;
  return {
    // startParams replaces PGlite's own defaults, so they are kept and the setting appended (`-c` wins over the conf file).
    startParams: [...PGlite.defaultStartParams, '-c', setting],
    // initdb's --set also installs the value in the new folder's postgresql.conf.
    initDbStartParams: ['--set', setting],
  };
}

/** A connection provider for knex-pglite that builds one PGlite instance, lazily, and hands back the same one on every call. */
export function pgliteConnection(dataDir: string | undefined): () => { pglite: PGlite } {
  let pglite: PGlite | undefined;
  return () => {
    // The options-object form: `new PGlite(undefined, options)` would drop the options (in memory).
    pglite ??= new PGlite({ ...pgliteOptions(), dataDir });
    return { pglite };
  };
}
