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

// Shapes from gitleaks' default rules and detect-secrets' plugins, built at run time like the ones above.
const HEX32 = '0123456789abcdef'.repeat(2);
const ALNUM = 'A1b2C3d4E5f6G7h8I9j0';
const WELL_KNOWN: Array<[string, string, string]> = [
  ['a Slack webhook URL', `https://hooks.slack.com/services/T${'0'.repeat(8)}/B${'1'.repeat(8)}/${ALNUM}Xy9z`, 'https://hooks.slack.com/services/'],
  ['a Slack app token', `xapp-1-A0123ABCDEF-1234567890123-${HEX32}${HEX32}`, 'xapp-1-token'],
  ['a Stripe secret key', `sk_live_${ALNUM}abcd`, `pk_live_${ALNUM}abcd`],
  ['a Stripe restricted key', `rk_live_${ALNUM}abcd`, `rk_demo_${ALNUM}abcd`],
  ['a Google API key', `AIza${'Sy'}${ALNUM}${'abcdefghijklm'}`, `AIza${ALNUM}`],
  ['a GitLab personal access token', `glpat-${ALNUM}`, 'glpat-short'],
  ['a GitLab deploy token', `gldt-${ALNUM}xyz`, 'gldt-1'],
  ['an npm token', `npm_${ALNUM}${ALNUM.slice(0, 16)}`, 'npm_config_cache=/home/runner/.npm'],
  ['a Twilio API key', `SK${HEX32}`, `SK${HEX32.slice(1)}`],
  ['a SendGrid API key', `SG.${ALNUM}ab.${ALNUM}${ALNUM}abc`, 'SG.short.key'],
  ['a PyPI upload token', `pypi-AgEIcHlwaS5vcmc${ALNUM}${ALNUM}${ALNUM}`, 'pypi-AgEIcHlwaS5vcmcshort'],
  ['a Hugging Face token', `hf_${'abcdefghijklmnopq'.repeat(2)}`, 'hf_hub_download(repo_id)'],
  ['a Shopify access token', `shpat_${HEX32}`, `shpat_${HEX32.slice(2)}`],
  ['a DigitalOcean token', `dop_v1_${HEX32}${HEX32}`, `dop_v1_${HEX32}`],
  ['a Databricks token', `dapi${HEX32}`, 'dapi_version'],
  ['a Postman API key', `PMAK-${HEX32.slice(0, 24)}-${HEX32}ab`, 'PMAK-123'],
  ['a Linear API key', `lin_api_${ALNUM}${ALNUM}`, 'lin_api_docs'],
  ['an age secret key', `AGE-SECRET-KEY-1${'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L'.repeat(2).slice(0, 58)}`, 'AGE-SECRET-KEY-1'],
];

describe('redactSecrets with well-known rule sets (gitleaks, detect-secrets)', () => {
  it.each(WELL_KNOWN)('replaces %s', (_what, secret) => {
    const redacted = redactSecrets(`value: (${secret}) end`);

    expect(redacted).toBe(`value: (${REDACTED}) end`);
  });

  it.each(WELL_KNOWN)('leaves a near miss of %s unchanged', (_what, _secret, nearMiss) => {
    const redacted = redactSecrets(`value: (${nearMiss}) end`);

    expect(redacted).toBe(`value: (${nearMiss}) end`);
  });

  it('replaces the keys of Azure connection strings and keeps the rest readable', () => {
    const storageKey = `${'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq'}/K1SZFPTOtr/KBHBeksoGMGw==`;
    const text = `DefaultEndpointsProtocol=https;AccountName=riftstore;AccountKey=${storageKey};EndpointSuffix=core.windows.net`;

    const redacted = redactSecrets(text);

    expect(redacted).toBe(`DefaultEndpointsProtocol=https;AccountName=riftstore;AccountKey=${REDACTED};EndpointSuffix=core.windows.net`);
  });

  it('replaces a Service Bus shared access key', () => {
    const text = `Endpoint=sb://rift.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${ALNUM}+/x=`;

    const redacted = redactSecrets(text);

    expect(redacted).toBe(`Endpoint=sb://rift.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${REDACTED}`);
  });

  it.each([
    [`mongodb+srv://rift:${ALNUM}@cluster0.example.net/app`, `mongodb+srv://${REDACTED}@cluster0.example.net/app`],
    ['mysql://root:hunter2@127.0.0.1:3306/rift', `mysql://${REDACTED}@127.0.0.1:3306/rift`],
    ['postgresql://rift:pw@db/rift?sslmode=require', `postgresql://${REDACTED}@db/rift?sslmode=require`],
  ])('replaces the password of the database URL %s', (text, expected) => {
    const redacted = redactSecrets(text);

    expect(redacted).toBe(expected);
  });

  it.each(['postgres://localhost:5432/rift', 'mongodb://rift@db.example.net/app', 'AccountName=riftstore;EndpointSuffix=core.windows.net'])(
    'leaves the connection string %s without a secret unchanged',
    (text) => {
      const redacted = redactSecrets(text);

      expect(redacted).toBe(text);
    },
  );
});
