import { describe, expect, it } from 'vitest';
import { classifyEslint } from '../../../../src/heal/parse/classify/eslint.ts';
import { classifyFlake8 } from '../../../../src/heal/parse/classify/flake8.ts';
import { classifyJsError } from '../../../../src/heal/parse/classify/js-errors.ts';
import { classifyMypy } from '../../../../src/heal/parse/classify/mypy.ts';
import { classifyPythonException } from '../../../../src/heal/parse/classify/python.ts';
import { classifyTsc } from '../../../../src/heal/parse/classify/tsc.ts';

describe('classification tables', () => {
  it('flake8: families by prefix, E999 by the exception it names, unknown plugins null', () => {
    expect(classifyFlake8('E128', 'continuation line under-indented')).toBe('INDENTATION');
    expect(classifyFlake8('E999', 'IndentationError: expected an indented block')).toBe('INDENTATION');
    expect(classifyFlake8('E999', "SyntaxError: '(' was never closed")).toBe('SYNTAX');
    expect(classifyFlake8('F821', "undefined name 'os'")).toBe('LINTING');
    expect(classifyFlake8('F706', "'return' outside function")).toBe('SYNTAX');
    expect(classifyFlake8('E902', 'FileNotFoundError')).toBeNull();
    expect(classifyFlake8('D100', 'Missing docstring in public module')).toBeNull();
  });

  it('python: documented choices for NameError and AttributeError', () => {
    expect(classifyPythonException('NameError', "name 'os' is not defined")).toBe('IMPORT');
    expect(classifyPythonException('UnboundLocalError', "cannot access local variable 'x'")).toBe('LOGIC');
    expect(classifyPythonException('AttributeError', "module 'os' has no attribute 'foo'")).toBe('IMPORT');
    expect(classifyPythonException('AttributeError', "'int' object has no attribute 'upper'")).toBe('TYPE_ERROR');
    expect(classifyPythonException('builtins.TypeError', 'x')).toBe('TYPE_ERROR');
    expect(classifyPythonException('RuntimeError', 'boom')).toBeNull();
  });

  it('mypy: attr-defined on a module is an import problem, unknown codes null', () => {
    expect(classifyMypy('attr-defined', 'Module "pkg" has no attribute "x"')).toBe('IMPORT');
    expect(classifyMypy('import-not-found', 'Cannot find implementation')).toBe('IMPORT');
    expect(classifyMypy('misc', 'anything')).toBeNull();
    expect(classifyMypy(undefined, 'invalid syntax')).toBeNull();
  });

  it('tsc: listed codes first, then the grammar and checker families', () => {
    expect(['TS1005', 'TS1128', 'TS1160'].map((c) => classifyTsc(c, ''))).toEqual(['SYNTAX', 'SYNTAX', 'SYNTAX']);
    expect(['TS1192', 'TS2305', 'TS2835', 'TS2304'].map((c) => classifyTsc(c, ''))).toEqual(['IMPORT', 'IMPORT', 'IMPORT', 'IMPORT']);
    expect(['TS6133', 'TS6196'].map((c) => classifyTsc(c, ''))).toEqual(['LINTING', 'LINTING']);
    expect(['TS2322', 'TS2551', 'TS18048', 'TS7006'].map((c) => classifyTsc(c, ''))).toEqual(['TYPE_ERROR', 'TYPE_ERROR', 'TYPE_ERROR', 'TYPE_ERROR']);
    expect(classifyTsc('TS5023', "Unknown compiler option 'x'")).toBeNull();
  });

  it('eslint: parsing errors are SYNTAX, unknown rules null', () => {
    expect(classifyEslint(undefined, "Parsing error: ',' expected")).toBe('SYNTAX');
    expect(classifyEslint('indent', 'Expected indentation of 2 spaces')).toBe('INDENTATION');
    expect(classifyEslint('import/no-unresolved', 'Unable to resolve path')).toBe('IMPORT');
    expect(classifyEslint('react/jsx-key', 'Missing key')).toBeNull();
    expect(classifyEslint(undefined, 'Definition for rule x was not found')).toBeNull();
  });

  it('js errors: Node codes before class names, SyntaxErrors about exports are imports', () => {
    expect(classifyJsError('Error', 'ERR_MODULE_NOT_FOUND', 'Cannot find module')).toBe('IMPORT');
    expect(classifyJsError('SyntaxError', undefined, "The requested module './a.js' does not provide an export named 'b'")).toBe('IMPORT');
    expect(classifyJsError('SyntaxError', undefined, "Unexpected token ';'")).toBe('SYNTAX');
    expect(classifyJsError('ReferenceError', undefined, 'x is not defined')).toBe('IMPORT');
    expect(classifyJsError('Error', undefined, 'boom')).toBeNull();
  });
});
