import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env.ts';
import { BadInputError } from '../../src/errors/index.ts';

describe('readEnv', () => {
  it('defaults OUTPUT_DIR to outputs and leaves the rest undefined', () => {
    const env = readEnv({});

    expect(env.OUTPUT_DIR).toBe('outputs');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.RIFT_SANDBOX).toBeUndefined();
    expect(env.LLM_PROVIDER).toBeUndefined();
  });

  it('reads blank values as unset', () => {
    const env = readEnv({ DATABASE_URL: '', REDIS_URL: '   ', OUTPUT_DIR: ' ', LLM_API_KEY: '\t' });

    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.OUTPUT_DIR).toBe('outputs');
    expect(env.LLM_API_KEY).toBeUndefined();
  });

  it('trims the values it keeps', () => {
    const env = readEnv({ DATABASE_URL: ' postgres://localhost/rift ', OUTPUT_DIR: '/tmp/out ', REDIS_URL: 'redis://127.0.0.1:6379' });

    expect(env.DATABASE_URL).toBe('postgres://localhost/rift');
    expect(env.OUTPUT_DIR).toBe('/tmp/out');
    expect(env.REDIS_URL).toBe('redis://127.0.0.1:6379');
  });

  it.each(['bwrap', 'none'] as const)('accepts RIFT_SANDBOX=%s', (value) => {
    const env = readEnv({ RIFT_SANDBOX: value });

    expect(env.RIFT_SANDBOX).toBe(value);
  });

  it('refuses an invalid RIFT_SANDBOX with a BadInputError naming it', () => {
    const act = () => readEnv({ RIFT_SANDBOX: 'docker' });

    expect(act).toThrow(BadInputError);
    expect(act).toThrow(/RIFT_SANDBOX/);
  });

  it('ignores variables it does not know', () => {
    const env = readEnv({ PATH: '/usr/bin', HOME: '/root' });

    expect(env).not.toHaveProperty('PATH');
    expect(env).not.toHaveProperty('HOME');
  });
});
