// Creates the embedded database in a process of its own and prints that process's peak RSS (bytes):
// PGlite's first open runs initdb in WebAssembly, a one-time cost per folder that the bench reports
// apart from the peak of healing.
import { applyRuntimeFlags } from '../src/main/runtime-flags.ts';
import { closeDatabase, openDatabase } from '../src/store/index.ts';

applyRuntimeFlags();
const dir = process.argv[2];
if (!dir) throw new Error('usage: create-db.ts <pglite-dir>');
await closeDatabase(await openDatabase({ pgliteDir: dir }));
// resourceUsage().maxRSS is in kilobytes.
console.log(process.resourceUsage().maxRSS * 1024);
