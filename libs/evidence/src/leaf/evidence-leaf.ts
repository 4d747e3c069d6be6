import * as crypto from 'node:crypto';
import { createHash } from 'node:crypto';
import { canonicalBytes, canonicalize } from '../canonical/jcs';
import { hashLeaf } from '../merkle/merkle-hash';

/**
 * What one leaf of the evidence log commits to: an event exactly as its stream chain hashed it
 * (`content`), the store time, and its stream-chain hash. A leaf's bytes are the RFC 8785
 * canonical JSON of this object, so anyone can rebuild them from an export with any JCS library.
 */
export const LEAF_FORMAT = 'contract-ledger/evidence-leaf/v1';
export const GENESIS_CHAIN_HASH = '0'.repeat(64);

export interface EventContent {
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  occurredAt: string;
  metadata: { actor: string; correlationId: string; causationId: string | null };
}

export interface LeafEvent {
  content: EventContent;
  recordedAt: string;
  /**
   * The store's per-stream chain hash: version 1 is hex SHA-256(previous chain hash ‖ canonical
   * content); version 2 also covers the revision, global position and store time (chainHashV2Of).
   */
  chainHash: string;
  /** 2 for events hashed by version 2 (then `position` is set); absent for version 1. */
  hashVersion?: number;
  /** The event's global position (decimal), which version 2 covers. */
  position?: string;
}

/** Only the fields the chain hashes, whatever else the caller's object carries. */
export function eventContent(event: EventContent): EventContent {
  const { eventId, streamId, revision, type, schemaVersion, data, occurredAt, metadata } = event;
  return {
    eventId,
    streamId,
    revision,
    type,
    schemaVersion,
    data,
    occurredAt,
    metadata: {
      actor: metadata.actor,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId ?? null,
    },
  };
}

export function leafBytes(leaf: LeafEvent): Buffer {
  return canonicalBytes({
    format: LEAF_FORMAT,
    content: eventContent(leaf.content),
    recordedAt: leaf.recordedAt,
    chainHash: leaf.chainHash,
  });
}

/**
 * leafBytes around an already canonical content (members in sorted order: chainHash, content,
 * format, recordedAt), so that a verifier canonicalises each event once for both its chain hash and
 * its leaf; evidence-leaf.spec.ts checks it equals leafBytes.
 */
export function leafBytesOfCanonical(
  canonicalContent: string,
  recordedAt: string,
  chainHash: string,
): Buffer {
  return Buffer.from(
    `{"chainHash":${canonicalize(chainHash)},"content":${canonicalContent}` +
      `,"format":${JSON.stringify(LEAF_FORMAT)},"recordedAt":${canonicalize(recordedAt)}}`,
    'utf8',
  );
}

export function leafHashOf(leaf: LeafEvent): Buffer {
  return hashLeaf(leafBytes(leaf));
}

/** The canonical content, the chain hash it gives after `previousHash`, and the leaf hash. */
export function hashEvent(
  previousHash: string,
  leaf: LeafEvent,
): { chainHash: string; leafHash: Buffer } {
  const content = eventContent(leaf.content);
  const canonical = canonicalize(content);
  return {
    chainHash:
      leaf.hashVersion === 2
        ? chainHashV2Of(previousHash, content, leaf.position ?? '', leaf.recordedAt)
        : sha256Hex(previousHash + canonical),
    leafHash: hashLeaf(leafBytesOfCanonical(canonical, leaf.recordedAt, leaf.chainHash)),
  };
}

/** The stream chain step: hex SHA-256 over the previous hash (hex text) and the canonical content. */
export function chainHashOf(previousHash: string, content: EventContent): string {
  return sha256Hex(previousHash + canonicalize(eventContent(content)));
}

/**
 * The stream chain step of hash version 2 (libs/event-store hash-chain.ts; README, "Evidence"):
 * hex SHA-256 over the byte 0x02, the previous hash (32 bytes), SHA-256 of the canonical content
 * without its revision (32 bytes), the revision (int32 big-endian), the position (int64
 * big-endian) and the store time (UTF-8 ISO 8601 with milliseconds).
 */
export function chainHashV2Of(
  previousHash: string,
  content: EventContent,
  position: string,
  recordedAt: string,
): string {
  const { revision, ...rest } = eventContent(content);
  if (!/^(0|-?[1-9][0-9]{0,18})$/.test(position)) return 'invalid position';
  const fixed = Buffer.alloc(77);
  fixed[0] = 2;
  fixed.write(previousHash, 1, 32, 'hex');
  createHash('sha256').update(canonicalize(rest), 'utf8').digest().copy(fixed, 33);
  fixed.writeInt32BE(revision, 65);
  fixed.writeBigInt64BE(BigInt(position), 69);
  return createHash('sha256').update(fixed).update(recordedAt, 'utf8').digest('hex');
}

function sha256Hex(text: string): string {
  return oneShot ? oneShot('sha256', text, 'hex') : createHash('sha256').update(text).digest('hex');
}

type OneShot = (algorithm: string, data: string, encoding: 'hex') => string;
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;
