import { describe, expect, it } from 'vitest';
import { OutputCap } from '../../../src/heal/sandbox/output-cap.ts';

describe('OutputCap', () => {
  it('keeps everything under the cap', () => {
    const cap = new OutputCap(100);

    cap.push('hello ');
    cap.push(Buffer.from('world'));

    expect(cap.result()).toEqual({ text: 'hello world', truncated: false });
  });

  it('keeps the head and the tail and marks the dropped middle', () => {
    const cap = new OutputCap(10);

    cap.push('HEAD1');
    cap.push('middle-middle-middle');
    cap.push('TAIL9');

    const { text, truncated } = cap.result();
    expect(truncated).toBe(true);
    expect(text.startsWith('HEAD1')).toBe(true);
    expect(text.endsWith('TAIL9')).toBe(true);
    expect(text).toContain('20 bytes of output dropped');
    expect(text).not.toContain('middle-');
  });
});
