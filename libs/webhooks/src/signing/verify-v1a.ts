import { createPublicKey, verify } from 'node:crypto';

/**
 * Verifies a Standard Webhooks `v1a` (Ed25519) signature — for receivers to copy: it needs only
 * node:crypto (the `standardwebhooks` library checks `v1` alone).
 *
 * `publicKey` is the endpoint's `whpk_<base64 of the 32-byte key>` (GET /webhooks/:id);
 * `headers` the request's `webhook-id`, `webhook-timestamp`, `webhook-signature`; `body` the raw
 * request body exactly as received. Throws when no `v1a` signature matches or the timestamp is
 * more than `toleranceSeconds` away from now (replay protection); returns the parsed body.
 */
export function verifyV1a(
  publicKey: string,
  headers: Record<string, string | string[] | undefined>,
  body: string | Buffer,
  toleranceSeconds = 300,
  nowSeconds = Math.floor(Date.now() / 1000),
): unknown {
  const header = (name: string): string => {
    const value = headers[name];
    const text = Array.isArray(value) ? value[0] : value;
    if (!text) throw new Error(`missing ${name} header`);
    return text;
  };
  const id = header('webhook-id');
  const timestamp = header('webhook-timestamp');
  const signatures = header('webhook-signature');
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > toleranceSeconds)
    throw new Error('webhook-timestamp is missing or outside the tolerance');
  if (!publicKey.startsWith('whpk_')) throw new Error('the public key must start with whpk_');
  const key = createPublicKey({
    key: {
      kty: 'OKP',
      crv: 'Ed25519',
      x: Buffer.from(publicKey.slice(5), 'base64').toString('base64url'),
    },
    format: 'jwk',
  });
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
  const content = Buffer.from(`${id}.${timestamp}.${text}`, 'utf8');
  const valid = signatures
    .split(' ')
    .filter((s) => s.startsWith('v1a,'))
    .some((s) => verify(null, content, key, Buffer.from(s.slice(4), 'base64')));
  if (!valid) throw new Error('no matching v1a signature');
  return JSON.parse(text);
}
