import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assertNoCredentialsInGitConfig, findGitConfigCredentials } from '../../../src/heal/sandbox/git-config-guard.ts';

const CLEAN = `[core]
\trepositoryformatversion = 0
[remote "origin"]
\turl = https://github.com/acme/app.git
\tfetch = +refs/heads/*:refs/remotes/origin/*
[remote "ssh"]
\turl = git@github.com:acme/app.git
`;

describe('findGitConfigCredentials', () => {
  it('accepts plain https and ssh remotes', () => {
    expect(findGitConfigCredentials(CLEAN)).toEqual([]);
  });

  it('flags a token inside a remote URL', () => {
    const text = `[remote "origin"]\n\turl = https://x-access-token:ghs_abc@github.com/acme/app.git\n`;

    const problems = findGitConfigCredentials(text);

    expect(problems).toEqual(['line 2: [remote "origin"] url holds a URL with a user or token']);
    expect(problems.join()).not.toContain('ghs_abc');
  });

  it('flags an extraheader', () => {
    const text = `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic abc\n`;

    expect(findGitConfigCredentials(text)).toEqual(['line 2: [http "https://github.com/"] extraheader may carry an Authorization header']);
  });
});

describe('assertNoCredentialsInGitConfig', () => {
  let dir = '';
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('passes a clean repository and fails one with a token', async () => {
    dir = await mkdtemp(join(tmpdir(), 'rift-gitcfg-'));
    await mkdir(join(dir, '.git'));
    await writeFile(join(dir, '.git', 'config'), CLEAN);

    await expect(assertNoCredentialsInGitConfig(dir)).resolves.toBeUndefined();

    await writeFile(join(dir, '.git', 'config'), `${CLEAN}[remote "push"]\n\turl = https://ghp_tok@github.com/acme/app.git\n`);
    await expect(assertNoCredentialsInGitConfig(dir)).rejects.toThrow(/url holds a URL with a user or token/);
  });

  it('follows a .git file to the real git directory', async () => {
    dir = await mkdtemp(join(tmpdir(), 'rift-gitcfg-'));
    await mkdir(join(dir, 'real-git'));
    await mkdir(join(dir, 'work'));
    await writeFile(join(dir, 'real-git', 'config'), `[http]\n\textraheader = AUTHORIZATION: bearer x\n`);
    await writeFile(join(dir, 'work', '.git'), 'gitdir: ../real-git\n');

    await expect(assertNoCredentialsInGitConfig(join(dir, 'work'))).rejects.toThrow(/extraheader/);
  });
});
