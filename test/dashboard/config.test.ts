import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env.ts';
import { readDashboardConfig } from '../../src/dashboard/config.ts';
import { BadInputError } from '../../src/errors/index.ts';
import { dashboardEnv } from './harness.ts';

describe('readDashboardConfig', () => {
  it('is null when neither the client id nor its secret is set', () => {
    expect(readDashboardConfig(readEnv({ RIFT_SESSION_SECRET: 'x'.repeat(40) }))).toBeNull();
  });

  it('reads a full configuration with its defaults', () => {
    const config = readDashboardConfig(readEnv({ ...dashboardEnv(), RIFT_RATE_LIMIT: '', RIFT_PUBLIC_URL: 'https://rift.example.com/' }));

    expect(config).toMatchObject({
      clientId: 'Iv23liTestClientId',
      publicUrl: 'https://rift.example.com',
      secureCookies: true,
      sessionTtlSecs: 8 * 3600,
      rateLimitPerMinute: 120,
      trustProxy: false,
      apiBaseUrl: 'https://api.github.com',
      webOrigin: 'https://github.com',
    });
  });

  it('points at GitHub Enterprise with GHE_HOST and GHE_PROTOCOL', () => {
    const config = readDashboardConfig(dashboardEnv({ GHE_HOST: 'ghe.example.com:8443', GHE_PROTOCOL: 'http' }));

    expect(config).toMatchObject({ apiBaseUrl: 'http://ghe.example.com:8443/api/v3', webOrigin: 'http://ghe.example.com:8443' });
  });

  it('reads RIFT_SESSION_TTL_SECS, RIFT_RATE_LIMIT and RIFT_TRUST_PROXY', () => {
    const config = readDashboardConfig(dashboardEnv({ RIFT_SESSION_TTL_SECS: '3600', RIFT_RATE_LIMIT: '30', RIFT_TRUST_PROXY: 'loopback, 10.0.0.0/8' }));

    expect(config).toMatchObject({ sessionTtlSecs: 3600, rateLimitPerMinute: 30, trustProxy: 'loopback,10.0.0.0/8' });
  });

  it.each([
    [{ RIFT_SESSION_SECRET: undefined }, /RIFT_SESSION_SECRET is not set/],
    [{ RIFT_SESSION_SECRET: 'too-short' }, /RIFT_SESSION_SECRET must be at least 32 characters/],
    [{ GITHUB_CLIENT_SECRET: undefined }, /GITHUB_CLIENT_SECRET is not set/],
    [{ GITHUB_CLIENT_ID: undefined }, /GITHUB_CLIENT_ID is not set/],
    [{ RIFT_PUBLIC_URL: undefined }, /RIFT_PUBLIC_URL is not set/],
    [{ RIFT_PUBLIC_URL: 'rift.example.com' }, /RIFT_PUBLIC_URL must be a URL/],
    [{ RIFT_PUBLIC_URL: 'ftp://rift.example.com' }, /RIFT_PUBLIC_URL must be an http\(s\) URL/],
    [{ RIFT_RATE_LIMIT: '0' }, /RIFT_RATE_LIMIT must be a whole number from 1/],
    [{ RIFT_SESSION_TTL_SECS: '8h' }, /RIFT_SESSION_TTL_SECS must be a whole number/],
    [{ RIFT_TRUST_PROXY: '2' }, /RIFT_TRUST_PROXY must be true, or proxy addresses/],
    [{ GHE_HOST: 'https://ghe.example.com' }, /GHE_HOST must be a host name/],
  ])('refuses %o with a BadInputError naming the variable', (overrides, message) => {
    const act = () => readDashboardConfig(dashboardEnv(overrides));

    expect(act).toThrow(BadInputError);
    expect(act).toThrow(message);
  });
});
