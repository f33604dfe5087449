// The ingress load alone (no scaling part), for measuring the webhook edge while changing it:
// `npx tsx bench/ingress-load-main.ts [uniform|bursts ...]`. Prints the figures and writes
// outputs/bench/ingress-load.json; `npm run bench -- ingress` remains the section of record.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Arrivals } from './ingress-load.ts';
import { ARRIVALS, ingressTargets, measureLoad } from './ingress.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const asked = process.argv.slice(2).filter((arg): arg is Arrivals => arg === 'uniform' || arg === 'bursts');
const loads = await measureLoad(console.log, asked.length > 0 ? asked : ARRIVALS);
for (const load of loads) {
  for (const t of ingressTargets(load, { skipped: 'load only' }).slice(0, 3)) console.log(`${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.actual} (target ${t.goal})`);
}
const outDir = path.join(ROOT, 'outputs', 'bench');
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'ingress-load.json'), `${JSON.stringify({ at: new Date().toISOString(), loads }, null, 2)}\n`);
