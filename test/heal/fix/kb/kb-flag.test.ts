import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../../../src/errors/index.ts';
import { kbEnabled } from '../../../../src/heal/fix/kb/kb-flag.ts';

describe('kbEnabled', () => {
  it('is on by default for the embedded database and off for a server database', () => {
    expect(kbEnabled({}, { embedded: true })).toBe(true);
    expect(kbEnabled({}, { embedded: false })).toBe(false);
    expect(kbEnabled({ RIFT_KB: '' }, { embedded: true })).toBe(true);
  });

  it('follows RIFT_KB either way, whatever the database', () => {
    expect(kbEnabled({ RIFT_KB: 'on' }, { embedded: false })).toBe(true);
    expect(kbEnabled({ RIFT_KB: ' ON ' }, { embedded: false })).toBe(true);
    expect(kbEnabled({ RIFT_KB: 'off' }, { embedded: true })).toBe(false);
  });

  it('refuses any other value with a message naming it', () => {
    expect(() => kbEnabled({ RIFT_KB: 'yes' }, { embedded: true })).toThrow(BadInputError);
    expect(() => kbEnabled({ RIFT_KB: 'yes' }, { embedded: true })).toThrow('RIFT_KB must be "on" or "off", not "yes".');
  });
});
