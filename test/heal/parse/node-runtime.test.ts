import { describe, expect, it } from 'vitest';
import { nodeRuntimeParser } from '../../../src/heal/parse/node-runtime.ts';
import { CTX, fixture, where } from './fixture.ts';

describe('nodeRuntimeParser', () => {
  it('locates a SyntaxError at the `file:line` header, not at the requiring frame', () => {
    const output = fixture('node', 'cjs-syntax-error');

    const failures = nodeRuntimeParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['lib/broken.js:2 SYNTAX SyntaxError']);
    expect(failures[0].message).toBe("Unexpected token ';'");
  });

  it('reads the ESM loader form, also when node:test prefixes it with "# "', () => {
    const output = fixture('node-test', 'load-failures-tap');

    const failures = nodeRuntimeParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['src/broken.js:2 SYNTAX SyntaxError', 'test/missing.test.js:1 IMPORT ERR_MODULE_NOT_FOUND']);
  });

  it('blames a missing CommonJS module on the require call in the repository', () => {
    const output = fixture('node', 'cjs-missing-module');

    const failures = nodeRuntimeParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['b.js:1 IMPORT MODULE_NOT_FOUND']);
    expect(failures[0].message).toBe("Cannot find module './lib/nothere'");
  });

  it('blames a runtime TypeError on the innermost repository frame', () => {
    const output = fixture('node', 'type-error');

    const failures = nodeRuntimeParser.parse(output, CTX);

    expect(failures).toEqual([
      {
        file: 'lib/area.js', line: 2, column: 12, bugType: 'TYPE_ERROR',
        message: "Cannot read properties of undefined (reading 'width')", code: 'TypeError', tool: 'node', check: 'ci:check',
      },
    ]);
  });

  it('treats `import` in a CommonJS file as an IMPORT problem', () => {
    const output = fixture('node', 'import-in-commonjs');

    const failures = nodeRuntimeParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['eslint.config.js:1 IMPORT SyntaxError']);
  });
});
