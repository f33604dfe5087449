import { describe, expect, it } from 'vitest';
import { BadInputError } from '../../src/errors/index.ts';
import { cloneUrlFor } from '../../src/github/clone-url.ts';
import { gitCredentialEnv } from '../../src/jobs/git-credentials.ts';

describe('cloneUrlFor', () => {
  it('is github.com over https by default, and the GHE host with its protocol when set', () => {
    expect(cloneUrlFor({}, 'octo-org', 'shop')).toBe('https://github.com/octo-org/shop.git');
    expect(cloneUrlFor({ GHE_HOST: 'ghe.example.com' }, 'octo-org', 'shop')).toBe('https://ghe.example.com/octo-org/shop.git');
    expect(cloneUrlFor({ GHE_HOST: 'localhost:3000/', GHE_PROTOCOL: 'HTTP' }, 'o', 'r')).toBe('http://localhost:3000/o/r.git');
  });

  it('refuses a protocol git should not use and a host given as a URL', () => {
    expect(() => cloneUrlFor({ GHE_HOST: 'ghe.example.com', GHE_PROTOCOL: 'ssh' }, 'o', 'r')).toThrow(BadInputError);
    expect(() => cloneUrlFor({ GHE_HOST: 'https://ghe.example.com' }, 'o', 'r')).toThrow(/host name/);
  });
});

describe('gitCredentialEnv', () => {
  it('gives git the token as an Authorization header through its environment only', () => {
    const env = gitCredentialEnv('ghs_abc');

    expect(env).toEqual({
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: 'http.extraHeader',
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from('x-access-token:ghs_abc').toString('base64')}`,
    });
  });
});
