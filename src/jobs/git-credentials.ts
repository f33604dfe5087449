// The installation token as git sees it: an extra HTTP header passed through the git process's own
// environment (GIT_CONFIG_COUNT/KEY/VALUE), so it is never in a URL, on disk, or in the sandbox.

/** Environment for a git process that authenticates to GitHub with `token`. */
export function gitCredentialEnv(token: string): Record<string, string> {
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraHeader',
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}
