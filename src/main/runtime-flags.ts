// V8 settings for RIFT's processes. PGlite's PostgreSQL is a large WebAssembly module; V8 compiles it
// with its baseline compiler (Liftoff) and then again, optimised (TurboFan), keeping both. RIFT sends
// it a few small queries per step, so the optimised code saves no measurable time but costs about
// 85 MB of resident memory (npm run bench: 415 -> 368 MB peak). Must run before WebAssembly compiles.
import { setFlagsFromString } from 'node:v8';

/** Applies the flags; call first thing in an entry point. */
export function applyRuntimeFlags(): void {
  setFlagsFromString('--liftoff-only');
}
