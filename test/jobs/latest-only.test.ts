import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { latestOnly } from '../../src/jobs/latest-only.ts';

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('latestOnly', () => {
  it('turns a burst of pokes into one send now and one send of the latest state an interval later', async () => {
    let state = 0;
    const sent: number[] = [];
    const sender = latestOnly(async () => {
      sent.push(state);
    }, 1000);

    for (state = 1; state <= 5; state += 1) sender.poke();
    state = 5;
    await vi.advanceTimersByTimeAsync(0);
    state = 9;
    sender.poke();
    sender.poke();
    await vi.advanceTimersByTimeAsync(999);
    const beforeInterval = [...sent];
    await vi.advanceTimersByTimeAsync(1);

    expect(beforeInterval).toEqual([5]);
    expect(sent).toEqual([5, 9]);
  });

  it('never runs two sends at once, and a poke during a slow send is sent after it', async () => {
    let running = 0;
    let most = 0;
    let sends = 0;
    const sender = latestOnly(async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5000));
      running -= 1;
      sends += 1;
    }, 100);

    sender.poke();
    await vi.advanceTimersByTimeAsync(10);
    sender.poke();
    await vi.advanceTimersByTimeAsync(20_000);

    expect(most).toBe(1);
    expect(sends).toBe(2);
  });

  it('sends at once with now(), then keeps the interval from there', async () => {
    const sent: string[] = [];
    const sender = latestOnly(async () => {
      sent.push(`at ${Date.now()}`);
    }, 1000);
    const start = Date.now();

    await sender.now();
    sender.poke();
    await vi.advanceTimersByTimeAsync(500);
    const early = sent.length;
    await vi.advanceTimersByTimeAsync(500);

    expect(early).toBe(1);
    expect(sent).toEqual([`at ${start}`, `at ${start + 1000}`]);
  });

  it('drops what waits on close and waits for the send in flight, so nothing is sent after it', async () => {
    const events: string[] = [];
    const sender = latestOnly(async () => {
      events.push('send started');
      await new Promise((resolve) => setTimeout(resolve, 300));
      events.push('send ended');
    }, 1000);

    sender.poke();
    await vi.advanceTimersByTimeAsync(0);
    sender.poke();
    const closing = sender.close().then(() => events.push('closed'));
    await vi.advanceTimersByTimeAsync(5000);
    await closing;
    sender.poke();
    await vi.advanceTimersByTimeAsync(5000);

    expect(events).toEqual(['send started', 'send ended', 'closed']);
  });

  it('keeps going after a failed send', async () => {
    let calls = 0;
    const sender = latestOnly(async () => {
      calls += 1;
      if (calls === 1) throw new Error('GitHub said 502');
    }, 100);

    sender.poke();
    await vi.advanceTimersByTimeAsync(0);
    sender.poke();
    await vi.advanceTimersByTimeAsync(200);

    expect(calls).toBe(2);
  });
});
