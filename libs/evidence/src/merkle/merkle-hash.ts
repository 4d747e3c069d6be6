import * as crypto from 'node:crypto';

type OneShot = (algorithm: string, data: Uint8Array, encoding: 'buffer') => Buffer;
/** crypto.hash (Node >= 20.12) hashes without a Hash object: the same digest, much cheaper. */
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;
const sha256 = (data: Uint8Array): Buffer =>
  oneShot ? oneShot('sha256', data, 'buffer') : crypto.createHash('sha256').update(data).digest();

/**
 * RFC 9162 §2.1.1 hashing with SHA-256: a leaf is hashed with a 0x00 prefix and an interior node
 * with 0x01, so that no leaf can be passed off as a node (second-preimage resistance).
 */
export const HASH_SIZE = 32;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** MTH({}) = SHA-256() — the root of the empty tree. */
export const EMPTY_ROOT: Buffer = crypto.createHash('sha256').digest();

export function hashLeaf(leaf: Uint8Array): Buffer {
  return sha256(Buffer.concat([LEAF_PREFIX, leaf]));
}

export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(Buffer.concat([NODE_PREFIX, left, right]));
}

/** The largest power of two strictly smaller than n (n > 1): the split point k of §2.1.1. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

export function isPowerOfTwo(n: number): boolean {
  return n > 0 && (n & (n - 1)) === 0;
}
