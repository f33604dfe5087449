import { generateKeyPairSync } from 'node:crypto';
import { pino } from 'pino';
import { Probot } from 'probot';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../../src/config/env.ts';
import { BadInputError } from '../../src/errors/index.ts';
import { probotOptions } from '../../src/github/probot-options.ts';
import { startGitHubStub } from '../helpers/github-stub-server.ts';

const PEM = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const noFile = () => {
  throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
};

describe('probotOptions', () => {
  it('takes the app id, the key with literal \\n turned into newlines, the secret and api.github.com', () => {
    const env = readEnv({ APP_ID: '123', PRIVATE_KEY: PEM.trim().replace(/\n/g, '\\n'), WEBHOOK_SECRET: 'shh' });

    const options = probotOptions(env, { needsSecret: true, readFile: noFile });

    expect(options.appId).toBe(123);
    expect(options.privateKey).toBe(PEM);
    expect(options.secret).toBe('shh');
    expect(options.baseUrl).toBe('https://api.github.com');
    expect(options.Octokit).toBeTypeOf('function');
  });

  it('accepts the key as base64 of the PEM text', () => {
    const env = readEnv({ APP_ID: '1', PRIVATE_KEY: Buffer.from(PEM).toString('base64') });

    expect(probotOptions(env, { needsSecret: false }).privateKey).toBe(PEM);
  });

  it('reads PRIVATE_KEY_PATH relative to the working directory', () => {
    const read: string[] = [];
    const env = readEnv({ APP_ID: '1', PRIVATE_KEY_PATH: 'keys/app.pem' });

    const options = probotOptions(env, { needsSecret: false, cwd: '/srv/rift', readFile: (file) => (read.push(file), PEM) });

    expect(read).toEqual(['/srv/rift/keys/app.pem']);
    expect(options.privateKey).toBe(PEM);
  });

  it('points Probot at GitHub Enterprise from GHE_HOST and GHE_PROTOCOL', () => {
    const env = readEnv({ APP_ID: '1', PRIVATE_KEY: PEM, GHE_HOST: 'ghe.example.com', GHE_PROTOCOL: 'http' });

    expect(probotOptions(env, { needsSecret: false }).baseUrl).toBe('http://ghe.example.com/api/v3');
  });

  it('leaves the secret out for a worker, which receives no webhooks', () => {
    const env = readEnv({ APP_ID: '1', PRIVATE_KEY: PEM });

    expect(probotOptions(env, { needsSecret: false })).not.toHaveProperty('secret');
  });

  it.each([
    [{ PRIVATE_KEY: PEM, WEBHOOK_SECRET: 's' }, /APP_ID is not set/],
    [{ APP_ID: 'rift', PRIVATE_KEY: PEM, WEBHOOK_SECRET: 's' }, /APP_ID must be the App’s numeric id/],
    [{ APP_ID: '1', WEBHOOK_SECRET: 's' }, /PRIVATE_KEY \(or PRIVATE_KEY_PATH\) is not set/],
    [{ APP_ID: '1', PRIVATE_KEY: 'not a key', WEBHOOK_SECRET: 's' }, /PRIVATE_KEY is not a PEM private key/],
    [{ APP_ID: '1', PRIVATE_KEY_PATH: '/nowhere/app.pem', WEBHOOK_SECRET: 's' }, /PRIVATE_KEY_PATH: cannot read \/nowhere\/app.pem \(ENOENT\)/],
    [{ APP_ID: '1', PRIVATE_KEY: PEM }, /WEBHOOK_SECRET is not set/],
  ])('refuses %o with a BadInputError naming the variable', (vars, message) => {
    const act = () => probotOptions(readEnv(vars), { needsSecret: true, readFile: noFile });

    expect(act).toThrow(BadInputError);
    expect(act).toThrow(message);
  });
});

describe('the Octokit of probotOptions on GitHub Enterprise', () => {
  it('asks the GHE host for the token of an explicit installation auth() (the job’s token for git)', async () => {
    const stub = await startGitHubStub({ appId: 31, installationId: 41 });
    const env = readEnv({ APP_ID: '31', PRIVATE_KEY: PEM, ...stub.env });
    const probot = new Probot({ ...probotOptions(env, { needsSecret: false }), log: pino({ level: 'silent' }) });

    const client = await probot.auth(41);
    const auth = (await client.auth({ type: 'installation' })) as { token: string };

    expect(auth.token).toBe(stub.state.tokens[0]);
    expect(stub.requests.map((r) => `${r.method} ${r.url} ${r.auth}`)).toEqual(['POST /app/installations/41/access_tokens jwt']);
    await stub.close();
  });
});
