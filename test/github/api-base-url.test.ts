import { describe, expect, it } from 'vitest';
import { apiBaseUrl } from '../../src/github/api-base-url.ts';
import { BadInputError } from '../../src/errors/index.ts';

describe('apiBaseUrl', () => {
  it('is api.github.com without GHE_HOST', () => {
    expect(apiBaseUrl({})).toBe('https://api.github.com');
    expect(apiBaseUrl({ GHE_HOST: '  ', GHE_PROTOCOL: 'http' })).toBe('https://api.github.com');
  });

  it('points at GitHub Enterprise over https by default', () => {
    const url = apiBaseUrl({ GHE_HOST: 'github.example.com' });

    expect(url).toBe('https://github.example.com/api/v3');
  });

  it('honours GHE_PROTOCOL and a port, and drops a trailing slash', () => {
    const url = apiBaseUrl({ GHE_HOST: 'localhost:8080/', GHE_PROTOCOL: 'HTTP' });

    expect(url).toBe('http://localhost:8080/api/v3');
  });

  it('refuses a protocol other than http(s) and a URL in GHE_HOST', () => {
    expect(() => apiBaseUrl({ GHE_HOST: 'ghe.local', GHE_PROTOCOL: 'ftp' })).toThrow(BadInputError);
    expect(() => apiBaseUrl({ GHE_HOST: 'https://ghe.local' })).toThrow(/host name/);
  });
});
