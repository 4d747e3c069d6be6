import { KeyObject, createHash, createPrivateKey, createPublicKey } from 'node:crypto';

/**
 * Ed25519 keys in the forms C2SP signed notes use (c2sp.org/signed-note): the raw 32-byte public
 * key, the 4-byte key id = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)[:4], and the verifier key
 * text `<name>+<hex key id>+<base64(0x01 ‖ public key)>` that a third party pins.
 */
export const ED25519_SIGNATURE_TYPE = 0x01;

/** DER prefixes of PKCS#8 (private) and SPKI (public) Ed25519 keys, before the 32 raw bytes. */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/**
 * A KeyObject never changes, so its raw public key is derived once: deriving and exporting it
 * per signature cost ~2 % of the API's CPU per command (a receipt is signed for every command).
 */
const rawPublicKeys = new WeakMap<KeyObject, Buffer>();

export function rawPublicKey(key: KeyObject): Buffer {
  let raw = rawPublicKeys.get(key);
  if (!raw) {
    const der = (key.type === 'private' ? createPublicKey(key) : key).export({
      format: 'der',
      type: 'spki',
    });
    raw = Buffer.from(der.subarray(der.length - 32));
    rawPublicKeys.set(key, raw);
  }
  return Buffer.from(raw);
}

export function publicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new Error(`an Ed25519 public key is 32 bytes, not ${raw.length}`);
  return createPublicKey({
    key: Buffer.concat([SPKI_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
}

export function privateKeyFromSeed(seed: Uint8Array): KeyObject {
  if (seed.length !== 32)
    throw new Error(`an Ed25519 private seed is 32 bytes, not ${seed.length}`);
  return createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  });
}

export function keyId(name: string, publicKey: Uint8Array): Buffer {
  return createHash('sha256')
    .update(name, 'utf8')
    .update(Buffer.from([0x0a, ED25519_SIGNATURE_TYPE]))
    .update(publicKey)
    .digest()
    .subarray(0, 4);
}

/** A key name is non-empty UTF-8 with no spaces and no '+' (c2sp.org/signed-note). */
export function assertKeyName(name: string): void {
  if (name.length === 0 || /[\s+]/u.test(name)) {
    throw new Error(`"${name}" is not a signed-note key name (non-empty, no spaces, no '+')`);
  }
}

export interface VerifierKey {
  name: string;
  keyId: Buffer;
  publicKey: Buffer;
}

export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  assertKeyName(name);
  const typed = Buffer.concat([Buffer.from([ED25519_SIGNATURE_TYPE]), publicKey]);
  return `${name}+${keyId(name, publicKey).toString('hex')}+${typed.toString('base64')}`;
}

export function parseVerifierKey(text: string): VerifierKey {
  // The base64 key may itself contain '+': split at the first two only.
  const match = /^([^+]+)\+([0-9a-fA-F]{8})\+(\S+)$/.exec(text.trim());
  if (!match) throw new Error('a verifier key reads <name>+<hex key id>+<base64 key>');
  const [, name, id, key] = match;
  assertKeyName(name);
  const typed = Buffer.from(key, 'base64');
  if (typed.length !== 33 || typed[0] !== ED25519_SIGNATURE_TYPE) {
    throw new Error('the verifier key is not an Ed25519 key (type 0x01 and 32 bytes)');
  }
  const publicKey = Buffer.from(typed.subarray(1));
  const expected = keyId(name, publicKey).toString('hex');
  if (id.toLowerCase() !== expected) {
    throw new Error(`the verifier key id ${id} does not match its name and key (${expected})`);
  }
  return { name, keyId: Buffer.from(expected, 'hex'), publicKey };
}
