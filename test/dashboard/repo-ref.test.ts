import { describe, expect, it } from 'vitest';
import { repoRefOf, sameRepo } from '../../src/dashboard/repo-ref.ts';

describe('repoRefOf', () => {
  it.each([
    ['https://github.com/octo-org/hello', 'octo-org/hello'],
    ['https://github.com/octo-org/hello.git', 'octo-org/hello'],
    ['https://github.com/octo-org/hello/', 'octo-org/hello'],
    ['https://GitHub.com/Octo-Org/hello.js', 'Octo-Org/hello.js'],
  ])('reads %s as %s', (url, fullName) => {
    expect(repoRefOf(url, 'https://github.com')?.fullName).toBe(fullName);
  });

  it.each([
    ['/home/ada/projects/app', 'a local folder'],
    ['./repo', 'a relative path'],
    ['https://gitlab.com/octo-org/hello', 'another host'],
    ['http://github.com/octo-org/hello', 'another scheme'],
    ['https://github.com/octo-org', 'an owner only'],
    ['https://github.com/octo-org/hello/tree/main', 'a deeper path'],
    ['https://user:pw@github.com/octo-org/hello', 'credentials'],
    ['https://github.com/octo%2Forg/hello', 'encoded characters'],
    ['https://github.com/octo-org/..', 'a dot segment'],
  ])('gives null for %s (%s)', (url) => {
    expect(repoRefOf(url, 'https://github.com')).toBeNull();
  });

  it('knows the GitHub Enterprise host it is given', () => {
    expect(repoRefOf('http://ghe.local:8080/team/app', 'http://ghe.local:8080')).toEqual({ owner: 'team', name: 'app', fullName: 'team/app' });
    expect(repoRefOf('https://github.com/team/app', 'http://ghe.local:8080')).toBeNull();
  });
});

describe('sameRepo', () => {
  it('compares owner/name without regard to case, as GitHub does', () => {
    const ref = repoRefOf('https://github.com/Octo-Org/Hello', 'https://github.com')!;

    expect(sameRepo(ref, 'octo-org/hello')).toBe(true);
    expect(sameRepo(ref, 'octo-org/hello2')).toBe(false);
  });
});
