// Signed link tokens: HMAC-SHA256 over what the link opens and until when; unguessable, not transferable.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** What a token grants: one kind of link to one thing (ids), until `exp` (epoch seconds). */
export interface LinkClaims {
  kind: string;
  ids: string[];
  exp: number;
}

function b64url(buf: Buffer): string {
  return buf.toString('base64url');
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** Makes a token `payload.signature` for the claims. */
export function signLink(secret: string, claims: LinkClaims): string {
  const payload = b64url(Buffer.from(JSON.stringify([claims.kind, claims.ids, claims.exp])));
  return `${payload}.${b64url(mac(secret, payload))}`;
}

export type LinkCheck = { ok: true; ids: string[] } | { ok: false; reason: 'invalid' | 'expired' };

/** Checks a token for `kind`: signature (constant-time), shape, and expiry against `nowSeconds`. */
export function verifyLink(secret: string, token: string, kind: string, nowSeconds: number): LinkCheck {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 2000)
    return { ok: false, reason: 'invalid' };
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  // Only the canonical encoding counts: base64 ignores spare bits, so two strings could decode alike.
  if (given.length !== expected.length || b64url(given) !== signature || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'invalid' };
  }
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!Array.isArray(claims) || claims.length !== 3) return { ok: false, reason: 'invalid' };
  const [k, ids, exp] = claims as [unknown, unknown, unknown];
  if (
    k !== kind ||
    !Array.isArray(ids) ||
    !ids.every((i) => typeof i === 'string') ||
    typeof exp !== 'number'
  ) {
    return { ok: false, reason: 'invalid' };
  }
  if (exp < nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, ids: ids as string[] };
}

/**
 * `verifyLink` for a link that names exactly the ids `names` (none empty), read at `now`: the ids by those names.
 */
export function readLinkIds<const Name extends string>(
  secret: string,
  token: string,
  kind: string,
  names: readonly Name[],
  now: Date,
): { ok: true; ids: Record<Name, string> } | { ok: false; reason: 'invalid' | 'expired' } {
  const check = verifyLink(secret, token, kind, Math.floor(now.getTime() / 1000));
  if (!check.ok) return check;
  if (check.ids.length !== names.length || check.ids.some((id) => !id))
    return { ok: false, reason: 'invalid' };
  return {
    ok: true,
    ids: Object.fromEntries(names.map((n, i) => [n, check.ids[i]])) as Record<Name, string>,
  };
}

/** The key that seals a link's ids (AES-256-GCM), derived from the link secret. */
function sealKey(secret: string): Buffer {
  return createHmac('sha256', secret).update('seal-link-ids').digest();
}

/** `ids` encrypted into one id, for a link that must not show what it names (someone's own data). */
export function sealIds(secret: string, ids: readonly string[]): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(ids), 'utf8'), cipher.final()]);
  return b64url(Buffer.concat([iv, cipher.getAuthTag(), body]));
}

/** The ids `sealIds` made, or undefined when the sealed id was not made with this secret (or was changed). */
export function unsealIds(secret: string, sealed: string): string[] | undefined {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < 29) return undefined;
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealKey(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const ids: unknown = JSON.parse(text);
    return Array.isArray(ids) && ids.every((i) => typeof i === 'string') ? ids : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The link secret for a start without LINK_SIGNING_SECRET (never in production): one kept in the data
 * folder, made on first start, so links keep working across restarts of a local bot.
 */
export function localLinkSecret(dataDir: string): string {
  const file = path.resolve(dataDir, 'link-signing-secret');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
