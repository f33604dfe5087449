import { describe, expect, it } from 'vitest';
import { pythonTracebackParser } from '../../../src/heal/parse/python-traceback.ts';
import { CTX, fixture, where } from './fixture.ts';

describe('pythonTracebackParser', () => {
  it('blames the deepest repository frame, not the standard library', () => {
    const output = fixture('python', 'site-packages-frames');

    const failures = pythonTracebackParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['run.py:5 null JSONDecodeError']);
  });

  it('locates a frame-less SyntaxError and TabError by their File block', () => {
    const syntax = fixture('python', 'syntax-error');
    const tab = fixture('python', 'tab-error');

    const s = pythonTracebackParser.parse(syntax, CTX);
    const t = pythonTracebackParser.parse(tab, CTX);

    expect(s.map(where)).toEqual(['syn.py:2 SYNTAX SyntaxError']);
    expect(s[0].message).toBe('invalid syntax');
    expect(t.map(where)).toEqual(['tab.py:3 INDENTATION TabError']);
  });

  it('locates a SyntaxError raised by an import at the broken file, not the importer', () => {
    const output = [
      'Traceback (most recent call last):',
      '  File "/repo/main.py", line 1, in <module>',
      '    import helpers',
      '  File "/repo/helpers.py", line 4',
      '    return x +',
      '              ^',
      'SyntaxError: invalid syntax',
    ].join('\n');

    const failures = pythonTracebackParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['helpers.py:4 SYNTAX SyntaxError']);
  });

  it('skips frames in a virtualenv inside the repository', () => {
    const output = [
      'Traceback (most recent call last):',
      '  File "/repo/app/client.py", line 9, in fetch',
      '    return requests.get(url).json()',
      '  File "/repo/.venv/lib/python3.11/site-packages/requests/models.py", line 975, in json',
      '    raise RequestsJSONDecodeError(e.msg, e.doc, e.pos)',
      'TypeError: the JSON object must be str',
    ].join('\n');

    const failures = pythonTracebackParser.parse(output, CTX);

    expect(failures.map(where)).toEqual(['app/client.py:9 TYPE_ERROR TypeError']);
  });

  it('leaves tracebacks inside unittest sections to the unittest parser', () => {
    const output = fixture('unittest', 'failures');

    const failures = pythonTracebackParser.parse(output, CTX);

    expect(failures).toEqual([]);
  });
});
