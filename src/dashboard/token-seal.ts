// The user's GitHub token is kept in `session:{id}` sealed (AES-256-GCM under a key derived from
// RIFT_SESSION_SECRET): whoever reads Redis, a backup of it or a MONITOR stream, gets no token that
// works on GitHub. The authentication tag makes a changed value unreadable rather than wrong.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;

/** The sealing key of a session secret (HKDF-SHA256, its own label: the secret also signs cookies). */
export function sealingKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'rift-dashboard', 'session token sealing', 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, base64url parts. */
export function sealToken(key: Buffer, token: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
}

/** The token, or null when the value was not sealed with this key or was changed. */
export function openToken(key: Buffer, sealed: string): string | null {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
