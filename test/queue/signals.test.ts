import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { closeOnSignals, type Closer } from '../../src/queue/index.ts';

function closer(log: string[], name: string, fail = false): Closer {
  return {
    close: async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      log.push(name);
      if (fail) throw new Error(`${name} failed`);
    },
  };
}

// Resolves with the exit code closeOnSignals reports.
function exitCode(): { exit: (code: number) => void; code: Promise<number> } {
  let exit!: (code: number) => void;
  const code = new Promise<number>((resolve) => (exit = resolve));
  return { exit, code };
}

describe('closeOnSignals', () => {
  it('closes every closer on SIGTERM, then exits 0', async () => {
    const source = new EventEmitter();
    const log: string[] = [];
    const { exit, code } = exitCode();
    closeOnSignals([closer(log, 'a'), closer(log, 'b')], { source, exit });

    source.emit('SIGTERM');

    expect(await code).toBe(0);
    expect(log.sort()).toEqual(['a', 'b']);
  });

  it('exits 1 when a closer fails, after closing the others', async () => {
    const source = new EventEmitter();
    const log: string[] = [];
    const errors: unknown[] = [];
    const { exit, code } = exitCode();
    closeOnSignals([closer(log, 'a', true), closer(log, 'b')], { source, exit, onError: (err) => errors.push(err) });

    source.emit('SIGINT');

    expect(await code).toBe(1);
    expect(log.sort()).toEqual(['a', 'b']);
    expect(errors).toHaveLength(1);
  });

  it('exits 1 at once on a second signal', () => {
    const source = new EventEmitter();
    const codes: number[] = [];
    closeOnSignals([{ close: () => new Promise<void>(() => {}) }], { source, exit: (c) => codes.push(c) });

    source.emit('SIGTERM');
    source.emit('SIGTERM');

    expect(codes).toEqual([1]);
  });

  it('stops listening once unwired', () => {
    const source = new EventEmitter();
    const unwire = closeOnSignals([], { source, exit: () => {} });

    unwire();

    expect(source.listenerCount('SIGTERM')).toBe(0);
    expect(source.listenerCount('SIGINT')).toBe(0);
  });
});
