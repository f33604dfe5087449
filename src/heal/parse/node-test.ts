// node:test, whichever reporter printed it: TAP (default off a terminal) or spec.
import type { Parser } from './parser.ts';
import { parseNodeSpec } from './node-test-spec.ts';
import { parseNodeTap } from './node-test-tap.ts';
import { toLines } from './text.ts';

export const nodeTestParser: Parser = {
  tool: 'node-test',
  parse(output, ctx) {
    const lines = toLines(output);
    return [...parseNodeTap(lines, ctx), ...parseNodeSpec(lines, ctx)];
  },
};
