import { describe, expect, it } from 'vitest';
import { readEnv, requireServerStores } from '../../src/config/env.ts';
import { BadInputError } from '../../src/errors/index.ts';

describe('server variables of readEnv', () => {
  it('defaults PORT, WEBHOOK_PATH, the worker concurrency and the queue prefix', () => {
    const env = readEnv({});

    expect(env.PORT).toBe(3000);
    expect(env.WEBHOOK_PATH).toBe('/api/github/webhooks');
    expect(env.RIFT_WORKER_CONCURRENCY).toBe(1);
    expect(env.RIFT_QUEUE_PREFIX).toBe('bull');
    expect(env.RIFT_CI_POLL_MS).toBeUndefined();
  });

  it('reads the values it is given as numbers', () => {
    const env = readEnv({ PORT: '0', WEBHOOK_PATH: '/hooks', RIFT_WORKER_CONCURRENCY: '4', RIFT_CI_POLL_MS: '500' });

    expect(env).toMatchObject({ PORT: 0, WEBHOOK_PATH: '/hooks', RIFT_WORKER_CONCURRENCY: 4, RIFT_CI_POLL_MS: 500 });
  });

  it.each([
    ['PORT', '70000', /PORT: must be a whole number from 0 to 65535/],
    ['PORT', 'http', /PORT: must be a whole number/],
    ['RIFT_WORKER_CONCURRENCY', '0', /RIFT_WORKER_CONCURRENCY: must be a whole number from 1 to 64/],
    ['RIFT_WORKER_CONCURRENCY', '1.5', /RIFT_WORKER_CONCURRENCY/],
    ['WEBHOOK_PATH', 'hooks', /WEBHOOK_PATH: must be a URL path starting with "\/"/],
    ['RIFT_CI_POLL_MS', '-1', /RIFT_CI_POLL_MS/],
  ])('refuses %s=%s with a BadInputError naming it', (name, value, message) => {
    const act = () => readEnv({ [name]: value });

    expect(act).toThrow(BadInputError);
    expect(act).toThrow(message);
  });
});

describe('requireServerStores', () => {
  it('returns both URLs when set', () => {
    const env = readEnv({ DATABASE_URL: 'postgres://db/rift', REDIS_URL: 'redis://cache:6379' });

    expect(requireServerStores(env, 'serve')).toEqual({ databaseUrl: 'postgres://db/rift', redisUrl: 'redis://cache:6379' });
  });

  it('names every missing store and the command', () => {
    const act = () => requireServerStores(readEnv({}), 'worker');

    expect(act).toThrow(BadInputError);
    expect(act).toThrow(/rift worker needs DATABASE_URL .* and REDIS_URL/);
  });

  it('names only the missing one', () => {
    const act = () => requireServerStores(readEnv({ DATABASE_URL: 'postgres://db/rift' }), 'serve');

    expect(act).toThrow(/rift serve needs REDIS_URL \(Redis, the queue\);/);
  });
});
