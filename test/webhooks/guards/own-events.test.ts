import { describe, expect, it } from 'vitest';
import { isBotSender, isFixBranch, isOwnApp } from '../../../src/webhooks/guards/own-events.ts';

describe('own events', () => {
  it('knows its own app by id', () => {
    expect(isOwnApp(42, { id: 42 })).toBe(true);
    expect(isOwnApp(42, { id: 15368 })).toBe(false);
    expect(isOwnApp(42, null)).toBe(false);
  });

  it('knows its fix branches by their suffix', () => {
    expect(isFixBranch('CODE_WARRIORS_ADA_LOVELACE_AI_Fix')).toBe(true);
    expect(isFixBranch('feature/ai_fix')).toBe(false);
    expect(isFixBranch('CODE_AI_Fix_later')).toBe(false);
    expect(isFixBranch(null)).toBe(false);
  });

  it('treats apps and [bot] accounts as bots', () => {
    expect(isBotSender({ login: 'rift[bot]', type: 'Bot' })).toBe(true);
    expect(isBotSender({ login: 'renovate[bot]', type: 'User' })).toBe(true);
    expect(isBotSender({ login: 'octocat', type: 'User' })).toBe(false);
  });
});
