import {
  createHmac,
  createPrivateKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  type KeyObject,
} from 'node:crypto';

/** Standard Webhooks symmetric secret: `whsec_` + base64 of 32 random bytes. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** An Ed25519 key pair: the public key as `whpk_<base64 raw>`, the private one as PKCS#8 PEM. */
export function generateSigningKeyPair(): { publicKey: string; privateKeyPem: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return {
    publicKey: `whpk_${Buffer.from(jwk.x!, 'base64url').toString('base64')}`,
    privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
  };
}

export function privateKeyFromPem(pem: string): KeyObject {
  return createPrivateKey(pem);
}

/** What is signed (Standard Webhooks): `${webhook-id}.${webhook-timestamp}.${body}`. */
export function signedContent(id: string, timestamp: number, body: string): Buffer {
  return Buffer.from(`${id}.${timestamp}.${body}`, 'utf8');
}

/** `v1,<base64 HMAC-SHA256>` keyed by the base64-decoded part of `whsec_…`. */
export function signV1(secret: string, content: Buffer): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(content).digest('base64')}`;
}

/** `v1a,<base64 Ed25519 signature>`. */
export function signV1a(privateKey: KeyObject, content: Buffer): string {
  return `v1a,${sign(null, content, privateKey).toString('base64')}`;
}

/**
 * The three Standard Webhooks headers: one `v1` per secret still signing (both during a
 * rotation), then the `v1a`, space-separated.
 */
export function webhookHeaders(
  id: string,
  timestamp: number,
  body: string,
  secrets: string[],
  privateKey: KeyObject,
): Record<string, string> {
  const content = signedContent(id, timestamp, body);
  const signatures = [...secrets.map((s) => signV1(s, content)), signV1a(privateKey, content)];
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': signatures.join(' '),
  };
}
