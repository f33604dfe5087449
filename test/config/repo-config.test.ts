import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRepoConfig, loadRepoConfig, parseRepoConfig } from '../../src/config/repo-config.ts';
import { BadInputError } from '../../src/errors/index.ts';

describe('parseRepoConfig', () => {
  it('reads every setting and turns single commands into lists', () => {
    const text = [
      'team: Code Warriors',
      'leader: Ada Lovelace',
      'retry_limit: 8',
      'ci_command: pytest -q',
      'install_command: [pip install -r requirements.txt]',
      'auto_heal: false',
      'strategies: [rule_first, kb_lookup]',
      'ignore: ["vendor/**", docs]',
      'llm_budget_usd: 0.25',
    ].join('\n');

    const config = parseRepoConfig(text);

    expect(config).toEqual({
      team: 'Code Warriors',
      leader: 'Ada Lovelace',
      retry_limit: 8,
      ci_command: ['pytest -q'],
      install_command: ['pip install -r requirements.txt'],
      auto_heal: false,
      strategies: ['rule_first', 'kb_lookup'],
      ignore: ['vendor/**', 'docs'],
      llm_budget_usd: 0.25,
    });
  });

  it('gives the defaults for an empty file', () => {
    expect(parseRepoConfig('')).toEqual(defaultRepoConfig());
    expect(defaultRepoConfig().retry_limit).toBe(5);
  });

  it.each([
    ['retry_limit: 50', /retry_limit: must be at most 20/],
    ['retry_limit: 0', /retry_limit: must be at least 1/],
    ['strategies: [guess]', /strategies\.0/],
    ['auto_heal: sometimes', /auto_heal/],
    ['ci_command: ""', /ci_command/],
    ['retry_limt: 3', /retry_limt/],
    ['llm_budget_usd: -1', /llm_budget_usd: must be 0 or more/],
    ['- just a list', /must be a mapping/],
    ['team: [unclosed', /not valid YAML/],
  ])('rejects %j with a message naming the problem', (text, message) => {
    expect(() => parseRepoConfig(text)).toThrow(BadInputError);
    expect(() => parseRepoConfig(text)).toThrow(message);
  });
});

describe('loadRepoConfig', () => {
  it('reads .github/rift.yml and defaults when it is absent', async () => {
    const root = await mkdtemp(join(tmpdir(), 'rift-config-'));

    const absent = await loadRepoConfig(root);
    await mkdir(join(root, '.github'));
    await writeFile(join(root, '.github', 'rift.yml'), 'retry_limit: 3\n');
    const present = await loadRepoConfig(root);
    await rm(root, { recursive: true, force: true });

    expect(absent).toEqual(defaultRepoConfig());
    expect(present.retry_limit).toBe(3);
  });
});
