// Removes secrets from anything RIFT stores or shows: tokens, keys, passwords, private keys and
// credentials inside URLs. The rules are data; a match is replaced, never partially kept.
const RULES: RegExp[] = [
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  /\bgh[pousr]_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bsk-(?:ant-)?[A-Za-z0-9_-]{20,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bxox[abpr]-[A-Za-z0-9-]{10,}\b/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g,
];

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
  for (const rule of RULES) result = result.replace(rule, REDACTED);
  result = result.replace(URL_CREDENTIALS, `$1${REDACTED}@`);
  result = result.replace(URL_TOKEN, `$1${REDACTED}@`);
  result = result.replace(BEARER, `$1 ${REDACTED}`);
  // A quoted value keeps its quotes, so redacted JSON and code stay well-formed.
  return result.replace(SECRET_ASSIGNMENT, (_match, name: string, separator: string, value: string) => {
    const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
    return `${name}${separator}${quote}${REDACTED}${quote}`;
  });
}
