import { describe, expect, it } from 'vitest';
import { buildSandboxEnv, isSecretVariable, sandboxPath } from '../../../src/heal/sandbox/env.ts';

describe('buildSandboxEnv', () => {
  it('keeps allow-listed variables and drops every secret', () => {
    const host = {
      PATH: '/usr/bin:/bin',
      LANG: 'C.UTF-8',
      LC_ALL: 'C.UTF-8',
      PYENV_ROOT: '/root/.pyenv',
      GITHUB_TOKEN: 'ghp_x',
      GH_TOKEN: 'ghp_y',
      DATABASE_URL: 'postgres://u:p@h/db',
      REDIS_URL: 'redis://h',
      LLM_API_KEY: 'sk-x',
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: 'sk-y',
      AWS_SECRET_ACCESS_KEY: 'a',
      PRIVATE_KEY: '-----BEGIN',
      PRIVATE_KEY_PATH: '/k.pem',
      WEBHOOK_SECRET: 'w',
      NPM_TOKEN: 'n',
      PYENV_GITHUB_TOKEN: 'p',
      SOME_RANDOM_VAR: 'r',
    };

    const env = buildSandboxEnv(host);

    expect(env).toEqual({ PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', PYENV_ROOT: '/root/.pyenv' });
  });

  it('drops an allowed variable whose value carries credentials', () => {
    const host = { PATH: '/usr/bin', HTTPS_PROXY: 'http://user:pass@proxy:3128', PIP_INDEX_URL: 'https://tok@pypi.example/simple' };

    const env = buildSandboxEnv(host);

    expect(env).toEqual({ PATH: '/usr/bin' });
  });

  it('adds extra non-secret variables but never secret ones', () => {
    const env = buildSandboxEnv({ PATH: '/usr/bin' }, { CI: 'true', MY_TOKEN: 'x' });

    expect(env).toEqual({ PATH: '/usr/bin', CI: 'true' });
  });

  it('removes relative and node_modules entries from PATH', () => {
    const path = sandboxPath('/app/node_modules/.bin:.:/root/.pyenv/shims:/usr/bin:/usr/bin');

    expect(path).toBe('/root/.pyenv/shims:/usr/bin');
  });

  it('recognises secrets by name or by value', () => {
    expect(isSecretVariable('SESSION_ID', 'x')).toBe(true);
    expect(isSecretVariable('DEPLOY_KEY', 'x')).toBe(true);
    expect(isSecretVariable('TERM', 'xterm')).toBe(false);
    expect(isSecretVariable('TERM', 'https://a:b@c')).toBe(true);
  });
});
