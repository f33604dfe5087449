// Removes secrets from anything RIFT stores or shows (and from every prompt before it is sent to a
// model): tokens, keys, passwords, private keys and credentials inside URLs and connection strings.
// The rules are data; a match is replaced, never partially kept.
const RULES: RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bsk-(?:ant-)?[A-Za-z0-9_-]{20,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}\b/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g,
];

// Vendor tokens with a recognisable shape, after the rules of the same ids in gitleaks' default rule
// set (github.com/gitleaks/gitleaks, config/gitleaks.toml), rewritten here. A token's end is
// "no further token character" rather than \b, since several alphabets end in '-'.
const WELL_KNOWN_RULES: Record<string, RegExp> = {
  'slack-webhook-url': /(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,56}/g,
  'slack-app-token': /\bxapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+\b/gi,
  'stripe-access-token': /\b[sr]k_(?:live|test|prod)_[A-Za-z0-9]{10,99}\b/g,
  'gcp-api-key': /\bAIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g,
  'gitlab-token': /\bgl(?:pat|dt|rt|ptt)-[A-Za-z0-9_-]{20,}(?:\.[0-9a-z]{2}\.?[0-9a-z]{7})?(?![A-Za-z0-9_-])/g,
  'npm-access-token': /\bnpm_[A-Za-z0-9]{36}(?![A-Za-z0-9])/g,
  'twilio-api-key': /\bSK[0-9a-fA-F]{32}\b/g,
  'sendgrid-api-token': /\bSG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g,
  'pypi-upload-token': /\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g,
  'huggingface-access-token': /\bhf_[A-Za-z]{34}\b/g,
  'shopify-token': /\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b/g,
  'digitalocean-token': /\bdo[opr]_v1_[a-f0-9]{64}\b/g,
  'databricks-api-token': /\bdapi[a-f0-9]{32}(?:-\d)?\b/g,
  'postman-api-token': /\bPMAK-[a-f0-9]{24}-[a-f0-9]{34}\b/gi,
  'linear-api-key': /\blin_api_[A-Za-z0-9]{40}\b/g,
  'age-secret-key': /\bAGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\b/g,
};

/**
 * Keys inside Azure connection strings (AccountKey=...; SharedAccessKey=...;), after detect-secrets'
 * AzureStorageKeyDetector (github.com/Yelp/detect-secrets), widened from storage to Service Bus and
 * Event Hubs keys. The key's name is kept; the value ends at ';'.
 */
const CONNECTION_STRING_KEY = /\b(AccountKey|SharedAccessKey)=[^;\s"']+/gi;

/** Credentials inside URLs: scheme://user:password@host keeps the scheme and host. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/:@]+:[^\s/@]+@/gi;

/** A bare token as the user part of an http(s) URL: https://<token>@host. */
const URL_TOKEN = /\b(https?:\/\/)[A-Za-z0-9_-]{6,}@/gi;

/** Assignments to names that end like a secret: GITHUB_TOKEN=..., "password": "..." (not `==`, not max_tokens). */
const SECRET_ASSIGNMENT =
  /\b([A-Za-z0-9_]*(?:TOKEN|SECRET|PASSWORD|PASSWD|API_KEY|APIKEY|PRIVATE_KEY|SECRET_KEY|ACCESS_KEY))\b(["']?\s*(?::|=(?!=))\s*)("[^"]*"|'[^']*'|[^\s"',}]+)/gi;

/** Bearer tokens in headers and logs. */
const BEARER = /\b(Bearer|token)\s+[A-Za-z0-9._~+/-]{16,}=*/g;

export const REDACTED = '[REDACTED]';

/** Returns a copy of `value` (string, array or plain object) with every secret replaced. */
export function redactSecrets<T>(value: T): T {
  if (typeof value === 'string') return redactText(value) as T;
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactSecrets(item)])) as T;
  }
  return value;
}

function redactText(text: string): string {
  let result = text;
  for (const rule of [...RULES, ...Object.values(WELL_KNOWN_RULES)]) result = result.replace(rule, REDACTED);
  result = result.replace(CONNECTION_STRING_KEY, `$1=${REDACTED}`);
  result = result.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
  result = result.replace(URL_TOKEN, `$1${REDACTED}@`);
  result = result.replace(BEARER, `$1 ${REDACTED}`);
  // A quoted value keeps its quotes, so redacted JSON and code stay well-formed.
  return result.replace(SECRET_ASSIGNMENT, (_match, name: string, separator: string, value: string) => {
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
    return `${name}${separator}${quote}${REDACTED}${quote}`;
  });
}
