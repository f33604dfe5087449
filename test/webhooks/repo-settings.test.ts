import { Redis, type RedisOptions } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/log.ts';
import { createEdgeCache } from '../../src/webhooks/edge-cache.ts';
import { cachedRepoSettings, readRepoSettings, settingsCacheKey } from '../../src/webhooks/repo-settings.ts';
import { testRedisConnection, uniquePrefix } from '../queue/redis.ts';
import { newRepoId } from './fixtures.ts';

describe('readRepoSettings', () => {
  it('is absent when Probot finds no rift.yml', async () => {
    expect(await readRepoSettings(async () => null)).toEqual({ status: 'absent' });
  });

  it('turns auto-heal on only for an explicit auto_heal: true', async () => {
    const on = await readRepoSettings(async () => ({ auto_heal: true, team: 'Owls' }));
    const unset = await readRepoSettings(async () => ({ team: 'Owls' }));
    const off = await readRepoSettings(async () => ({ auto_heal: false }));

    expect(on).toMatchObject({ status: 'valid', autoHeal: true, config: { team: 'Owls' } });
    expect(unset).toMatchObject({ status: 'valid', autoHeal: false });
    expect(off).toMatchObject({ status: 'valid', autoHeal: false });
  });

  it('reports a config that fails validation or YAML parsing as invalid', async () => {
    const badField = await readRepoSettings(async () => ({ auto_heal: 'yes' }));
    const badYaml = await readRepoSettings(async () => {
      throw new Error('[@probot/octokit-plugin-config] Configuration could not be parsed (invalid YAML)');
    });

    expect(badField).toMatchObject({ status: 'invalid' });
    expect(badField.status === 'invalid' && badField.error).toContain('auto_heal');
    expect(badYaml).toMatchObject({ status: 'invalid', error: expect.stringContaining('invalid YAML') });
  });

  it('lets a GitHub failure through: it is not the file’s fault', async () => {
    const outage = Object.assign(new Error('Bad Gateway'), { status: 502 });

    await expect(readRepoSettings(async () => Promise.reject(outage))).rejects.toBe(outage);
  });
});

describe('cachedRepoSettings', () => {
  const redis = new Redis(testRedisConnection() as RedisOptions);
  const keyPrefix = `${uniquePrefix()}:`;
  const cache = createEdgeCache(redis, silentLogger, { keyPrefix });
  // A client of a port nothing listens on, failing at once instead of queueing commands.
  const down = new Redis({ host: '127.0.0.1', port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
  down.on('error', () => undefined);

  afterAll(async () => {
    const keys = await redis.keys(`${keyPrefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    down.disconnect();
  });

  // A loader that counts how often GitHub would be asked.
  function loader(value: unknown) {
    const calls = { count: 0 };
    return { calls, load: async () => ((calls.count += 1), value) };
  }

  it('asks GitHub once per repository within the TTL, and stores the parsed settings under config:{repo_id}', async () => {
    const repoId = newRepoId();
    const { calls, load } = loader({ auto_heal: true, team: 'Owls' });

    const first = await cachedRepoSettings({ cache, repoId, load });
    const second = await cachedRepoSettings({ cache, repoId, load });

    expect(calls.count).toBe(1);
    expect(second).toEqual(first);
    expect(second).toMatchObject({ status: 'valid', autoHeal: true, config: { team: 'Owls' } });
    expect(await redis.ttl(keyPrefix + settingsCacheKey(repoId))).toBeGreaterThan(50);
  });

  it('remembers an absent and an invalid rift.yml too', async () => {
    const absent = loader(null);
    const invalid = loader({ auto_heal: 'yes' });
    const [a, b] = [newRepoId(), newRepoId()];

    for (let i = 0; i < 2; i += 1) {
      expect(await cachedRepoSettings({ cache, repoId: a, load: absent.load })).toEqual({ status: 'absent' });
      expect(await cachedRepoSettings({ cache, repoId: b, load: invalid.load })).toMatchObject({ status: 'invalid' });
    }
    expect([absent.calls.count, invalid.calls.count]).toEqual([1, 1]);
  });

  it('reads GitHub when asked for fresh settings, and refreshes the cache with them', async () => {
    const repoId = newRepoId();
    await cachedRepoSettings({ cache, repoId, load: async () => ({ team: 'Old' }) });

    const fresh = await cachedRepoSettings({ cache, repoId, load: async () => ({ team: 'New' }), fresh: true });
    const later = await cachedRepoSettings({ cache, repoId, load: async () => ({ team: 'Unread' }) });

    expect([fresh, later].map((s) => s.status === 'valid' && s.config.team)).toEqual(['New', 'New']);
  });

  it('does not store a GitHub failure: the next delivery asks again', async () => {
    const repoId = newRepoId();
    const outage = Object.assign(new Error('Bad Gateway'), { status: 502 });

    await expect(cachedRepoSettings({ cache, repoId, load: async () => Promise.reject(outage) })).rejects.toBe(outage);
    expect(await cachedRepoSettings({ cache, repoId, load: async () => null })).toEqual({ status: 'absent' });
  });

  it('treats a value of an unknown shape as a miss', async () => {
    const repoId = newRepoId();
    await redis.set(keyPrefix + settingsCacheKey(repoId), JSON.stringify({ status: 'valid' }), 'EX', 60);

    expect(await cachedRepoSettings({ cache, repoId, load: async () => ({ auto_heal: true }) })).toMatchObject({ status: 'valid', autoHeal: true });
  });

  it('reuses the process’s copy without Redis for a few seconds', async () => {
    const repoId = newRepoId();
    const { calls, load } = loader({ auto_heal: true });
    await cachedRepoSettings({ cache, repoId, load });
    await redis.del(keyPrefix + settingsCacheKey(repoId));

    expect(await cachedRepoSettings({ cache, repoId, load })).toMatchObject({ status: 'valid', autoHeal: true });
    expect(calls.count).toBe(1);
    // Another process (no copy of its own) finds Redis empty and asks GitHub.
    const other = createEdgeCache(redis, silentLogger, { keyPrefix });
    await cachedRepoSettings({ cache: other, repoId, load });
    expect(calls.count).toBe(2);
  });

  it('asks GitHub every time when Redis is down (and the process keeps no copy)', async () => {
    const broken = createEdgeCache(down, silentLogger, { keyPrefix, localTtlMs: 0 });
    const { calls, load } = loader({ auto_heal: true });
    const repoId = newRepoId();

    const settings = [await cachedRepoSettings({ cache: broken, repoId, load }), await cachedRepoSettings({ cache: broken, repoId, load })];

    expect(settings.map((s) => s.status)).toEqual(['valid', 'valid']);
    expect(calls.count).toBe(2);
  });
});
