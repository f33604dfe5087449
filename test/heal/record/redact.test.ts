import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecrets } from '../../../src/heal/record/redact.ts';

// Built at run time so no secret-shaped literal sits in the repository for scanners to flag.
const GITHUB_TOKEN = `ghp_${'A1b2C3d4E5'.repeat(4)}`;
const GITHUB_PAT = `github_pat_${'11ABCDEFG0'.repeat(3)}_${'xYz'.repeat(10)}`;
const OPENAI_KEY = `sk-${'proj-AbCdEf'.repeat(3)}`;
const ANTHROPIC_KEY = `sk-ant-${'api03-XyZ'.repeat(3)}`;
const AWS_KEY = `AKIA${'IOSFODNN7EXAMPLE'.slice(0, 16)}`;
const PRIVATE_KEY = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn', '-----END RSA PRIVATE KEY-----'].join('\n');

describe('redactSecrets in text', () => {
  it.each([
    ['a GitHub token', `token ${GITHUB_TOKEN} used`, `token ${REDACTED} used`],
    ['a fine-grained GitHub token', `pat=${GITHUB_PAT}`, `pat=${REDACTED}`],
    ['an sk- key', `key ${OPENAI_KEY}.`, `key ${REDACTED}.`],
    ['an Anthropic key', `(${ANTHROPIC_KEY})`, `(${REDACTED})`],
    ['an AWS access key id', `aws ${AWS_KEY} here`, `aws ${REDACTED} here`],
    ['a private key block', `before\n${PRIVATE_KEY}\nafter`, `before\n${REDACTED}\nafter`],
  ])('replaces %s', (_what, text, expected) => {
    const redacted = redactSecrets(text);

    expect(redacted).toBe(expected);
  });

  it('replaces the credentials of a URL and keeps its scheme and host', () => {
    const redacted = redactSecrets('cloning https://x-access-token:s3cr3tvalue@github.com/o/r.git and postgres://rift:pw@db:5432/rift');

    expect(redacted).toBe(`cloning https://${REDACTED}@github.com/o/r.git and postgres://${REDACTED}@db:5432/rift`);
  });

  it.each([
    ['PASSWORD=hunter2 next', `PASSWORD=${REDACTED} next`],
    ['export DB_PASSWORD="hunter2"', `export DB_PASSWORD="${REDACTED}"`],
    ['{"password": "hunter2", "user": "bob"}', `{"password": "${REDACTED}", "user": "bob"}`],
    ['GITHUB_TOKEN: abc123', `GITHUB_TOKEN: ${REDACTED}`],
    ['webhook_secret = topsecret', `webhook_secret = ${REDACTED}`],
    ['LLM_API_KEY=abc', `LLM_API_KEY=${REDACTED}`],
  ])('replaces the value of the assignment %s', (text, expected) => {
    const redacted = redactSecrets(text);

    expect(redacted).toBe(expected);
  });

  it.each([
    'LINTING error in src/utils.py line 15 → Fix: remove the import statement',
    'The password is wrong for user bob',
    "E   AssertionError: assert add(2, 3) == 5",
    'see https://github.com/o/r/blob/main/README.md',
    'sk-short',
  ])('leaves ordinary text unchanged: %s', (text) => {
    const redacted = redactSecrets(text);

    expect(redacted).toBe(text);
  });
});

describe('redactSecrets in structures', () => {
  it('redacts strings nested in objects and arrays and keeps everything else', () => {
    const when = new Date('2025-01-01T00:00:00Z');
    const value = {
      label: 'clone',
      count: 3,
      ok: true,
      none: null,
      when,
      env: { GITHUB_TOKEN: GITHUB_TOKEN, list: ['plain', `Bearer-ish ${OPENAI_KEY}`, { deep: `PASSWORD=${'x'.repeat(5)}` }] },
    };

    const redacted = redactSecrets(value);

    expect(redacted).toEqual({
      label: 'clone',
      count: 3,
      ok: true,
      none: null,
      when,
      env: { GITHUB_TOKEN: REDACTED, list: ['plain', `Bearer-ish ${REDACTED}`, { deep: `PASSWORD=${REDACTED}` }] },
    });
  });

  it('returns a copy and leaves the input as it was', () => {
    const value = { output: `token ${GITHUB_TOKEN}` };

    const redacted = redactSecrets(value);

    expect(redacted).not.toBe(value);
    expect(value.output).toBe(`token ${GITHUB_TOKEN}`);
  });
});

describe('redaction leaves code and ordinary settings readable', () => {
  it('keeps comparisons, and redacts whole quoted values, bearer tokens and bare URL tokens', () => {
    const text = [
      "if user.password == 'x':",
      "API_KEY='abc def'",
      'max_tokens: 100',
      'Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123',
      'https://tok123456@github.com/o/r.git',
    ].join('\n');

    const redacted = redactSecrets(text);

    expect(redacted.split('\n')).toEqual([
      "if user.password == 'x':",
      "API_KEY='[REDACTED]'",
      'max_tokens: 100',
      'Authorization: Bearer [REDACTED]',
      'https://[REDACTED]@github.com/o/r.git',
    ]);
  });
});
