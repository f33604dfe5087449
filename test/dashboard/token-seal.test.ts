import { describe, expect, it } from 'vitest';
import { openToken, sealingKey, sealToken } from '../../src/dashboard/token-seal.ts';

const KEY = sealingKey('a-session-secret-of-at-least-thirty-two-characters');

describe('sealing the session token', () => {
  it('opens what it sealed, and seals the same token differently each time', () => {
    const first = sealToken(KEY, 'ghu_abc123');
    const second = sealToken(KEY, 'ghu_abc123');

    expect(openToken(KEY, first)).toBe('ghu_abc123');
    expect(first).not.toBe(second);
    expect(first).not.toContain('ghu_abc123');
  });

  it('opens nothing sealed under another secret, changed, or not sealed at all', () => {
    const sealed = sealToken(KEY, 'ghu_abc123');
    const [version, iv, tag, body] = sealed.split('.');
    const flipped = `${body[0] === 'A' ? 'B' : 'A'}${body.slice(1)}`;

    expect(openToken(sealingKey('another-session-secret-of-thirty-two-characters'), sealed)).toBeNull();
    expect(openToken(KEY, [version, iv, tag, flipped].join('.'))).toBeNull();
    expect(openToken(KEY, 'ghu_abc123')).toBeNull();
    expect(openToken(KEY, 'v1.x.y')).toBeNull();
  });
});
