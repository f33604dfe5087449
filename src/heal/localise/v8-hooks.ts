// The module preloaded (NODE_OPTIONS=--import) into node:test's test-file processes: root-level
// beforeEach/afterEach hooks cut V8's coverage at every test boundary (v8.takeCoverage() writes
// and resets the counters), so each slice belongs to the tests open at the time. Written at the
// check's cwd for one run only; it does nothing outside node:test's child processes.

export const V8_HOOKS_FILE = '_rift_v8.mjs';
export const V8_REPORT_FILE = '_rift_v8.jsonl';

/**
 * Report, one JSON object a line:
 *   {"k":"cov","open":[test ids],"files":{relpath:[start,end,flags, ...]}}  a slice of coverage
 *   {"k":"end","id":test id,"passed":true|false|null}                             a test's outcome
 * Ranges are V8 block-coverage ranges of repository files outside node_modules: every range of a
 * function that ran in the slice, only the outer range of one that did not. flags: 1 = ran,
 * 2 = the range is a function's own (not the script's).
 */
export const V8_HOOKS_SOURCE = String.raw`// RIFT fault localisation: per-test V8 coverage for node:test (temporary file, removed after the run).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';

const dir = process.env.NODE_V8_COVERAGE;
const out = process.env.RIFT_V8_OUT;
const root = process.env.RIFT_TRACE_ROOT;

if (process.env.NODE_TEST_CONTEXT && dir && out && root) {
  const { beforeEach, afterEach } = await import('node:test');
  const prefix = pathToFileURL(root).href + '/';
  const mine = 'coverage-' + process.pid + '-';
  const open = [];

  const slice = () => {
    v8.takeCoverage();
    const files = {};
    for (const name of fs.readdirSync(dir)) {
      if (!name.startsWith(mine)) continue;
      const full = path.join(dir, name);
      let data = null;
      try {
        data = JSON.parse(fs.readFileSync(full, 'utf8'));
      } catch {
        data = null;
      }
      fs.rmSync(full, { force: true });
      for (const script of (data && data.result) || []) {
        const url = script.url || '';
        if (!url.startsWith(prefix) || url.includes('/node_modules/') || url.includes('/_rift_')) continue;
        const rel = decodeURIComponent(url.slice(prefix.length));
        const ranges = files[rel] || (files[rel] = []);
        for (const fn of script.functions) {
          const ran = fn.ranges[0].count > 0;
          const isScript = fn.functionName === '' && fn.ranges[0].startOffset === 0;
          (ran ? fn.ranges : fn.ranges.slice(0, 1)).forEach((r, i) => {
            ranges.push(r.startOffset, r.endOffset, (r.count > 0 ? 1 : 0) | (i === 0 && !isScript ? 2 : 0));
          });
        }
      }
    }
    if (open.length > 0 && Object.keys(files).length > 0) {
      fs.appendFileSync(out, JSON.stringify({ k: 'cov', open: open.slice(), files }) + '\n');
    }
  };

  const idOf = (t) => t.fullName || (open.length > 0 ? open[open.length - 1] + ' > ' + t.name : t.name);

  beforeEach((t) => {
    slice();
    open.push(idOf(t));
  });
  afterEach((t) => {
    slice();
    const id = open.pop();
    const passed = typeof t.passed === 'boolean' ? t.passed : null;
    fs.appendFileSync(out, JSON.stringify({ k: 'end', id, passed }) + '\n');
  });
}
`;
