// The environment a sandboxed command sees: an allow-list of harmless host variables, minus
// anything that looks like a secret. An allow-list, because a deny-list always misses one.

/** Host variables that tools need to run (locale, PATH, toolchain roots, CA bundles, proxies). */
const ALLOWED_NAMES = new Set([
  'PATH',
  'LANG',
  'LANGUAGE',
  'TERM',
  'TZ',
  'COLUMNS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'REQUESTS_CA_BUNDLE',
  'CURL_CA_BUNDLE',
  'NODE_EXTRA_CA_CERTS',
  'PIP_CERT',
  'PIP_INDEX_URL',
  'PIP_EXTRA_INDEX_URL',
  'PIP_FIND_LINKS',
  'PIP_DEFAULT_TIMEOUT',
  'PIP_DISABLE_PIP_VERSION_CHECK',
  'PYTHONDONTWRITEBYTECODE',
  'PYTHONUNBUFFERED',
  'PYTHONIOENCODING',
  'NPM_CONFIG_REGISTRY',
  'npm_config_registry',
  'HTTP_PROXY',
  'HTTPS_PROXY',
  'NO_PROXY',
  'http_proxy',
  'https_proxy',
  'no_proxy',
  'CI',
  'FORCE_COLOR',
  'NO_COLOR',
]);

const ALLOWED_PREFIXES = ['LC_', 'PYENV_', 'NVM_', 'VOLTA_', 'PNPM_HOME'];

/** Names that are never passed, even when allowed above or asked for as extra. */
const SECRET_NAME =
  /TOKEN|SECRET|PASSW|PASSPHRASE|CREDENTIAL|AUTH|COOKIE|SESSION|PRIVATE|API_?KEY|_KEY$|^KEY|^DATABASE_URL$|^REDIS_URL$|^LLM_|^AWS_|^AZURE_|^GCP_|^GOOGLE_|^GITHUB_|^GH_|^GHE_|^NPM_TOKEN|^WEBHOOK|^APP_ID$|^PGPASS|^PGPASSWORD$|^SENTRY_DSN$/i;

/** A URL carrying a user or password (https://user:token@host) is a secret whatever its name. */
const URL_WITH_USERINFO = /[a-z][a-z0-9+.-]*:\/\/[^/\s@]+@/i;

/**
 * PATH without relative entries and without node_modules/.bin directories: the repository's
 * tools come from its own node_modules (npm run adds them), never from RIFT's.
 */
export function sandboxPath(path: string | undefined): string {
  const kept = (path ?? '').split(':').filter((dir) => dir.startsWith('/') && !dir.includes('/node_modules/'));
  return kept.length > 0 ? [...new Set(kept)].join(':') : '/usr/local/bin:/usr/bin:/bin';
}

/** True when a variable may not enter the sandbox because of its name or its value. */
export function isSecretVariable(name: string, value: string): boolean {
  return SECRET_NAME.test(name) || URL_WITH_USERINFO.test(value);
}

function isAllowedName(name: string): boolean {
  return ALLOWED_NAMES.has(name) || ALLOWED_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/**
 * The sandbox's environment: allow-listed host variables without secrets, then the caller's
 * extra non-secret variables. Pure; the sandbox adds HOME and TMPDIR.
 */
export function buildSandboxEnv(hostEnv: NodeJS.ProcessEnv, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(hostEnv)) {
    if (value === undefined || !isAllowedName(name) || isSecretVariable(name, value)) continue;
    env[name] = value;
  }
  for (const [name, value] of Object.entries(extra)) {
    if (isSecretVariable(name, value)) continue;
    env[name] = value;
  }
  env.PATH = sandboxPath(env.PATH);
  return env;
}
