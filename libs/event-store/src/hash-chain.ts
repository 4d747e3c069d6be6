import * as crypto from 'node:crypto';
import type { EventMetadata } from './event-store.port';

/**
 * The tamper-evidence chain, shared by every adapter so that a stream copied from one store to
 * another (or re-verified offline from an export) yields the same hashes.
 *
 * hash(event) = hex(sha256(previousHash ‖ canonicalJson(content))), genesis = 64 zeros, where
 * content = { eventId, streamId, revision, type, schemaVersion, data, occurredAt,
 * metadata: { actor, correlationId, causationId } } — only these fields, so adding transport
 * fields never breaks old chains. The previous hash is fixed-length hex, so plain concatenation
 * is unambiguous.
 */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedContent {
  eventId: string;
  streamId: string;
  revision: number;
  type: string;
  schemaVersion: number;
  data: unknown;
  occurredAt: string;
  metadata: EventMetadata;
}

/**
 * JSON with object keys sorted (by UTF-16 code units, as Array#sort does) at every level and no
 * whitespace. Follows JSON.stringify semantics otherwise (toJSON, undefined members dropped,
 * undefined/functions in arrays become null, non-finite numbers become null), so the hash covers
 * exactly what a JSON store keeps. Sorting matters because jsonb and EventStoreDB reorder keys.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value) ?? 'null';
}

/** Quoted keys repeat across events of a schema; bounded so that data-driven keys cannot grow it. */
const quotedKeys = new Map<string, string>();

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = JSON.stringify(key);
    if (quotedKeys.size < 10_000) quotedKeys.set(key, quoted);
  }
  return quoted;
}

function serialise(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('BigInt values cannot be stored in event data; use a decimal string');
    case 'object':
      break;
    default:
      return undefined; // undefined, function, symbol
  }
  if (value === null) return 'null';
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return serialise((value as { toJSON(): unknown }).toJSON());
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += serialise(value[i]) ?? 'null';
    }
    return `${out}]`;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  if (keys.length > 1) keys.sort();
  let out = '{';
  for (const key of keys) {
    const item = serialise(obj[key]);
    if (item === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${quoteKey(key)}:${item}`;
  }
  return `${out}}`;
}

/**
 * canonicalJson(content) split around the revision, assembled around an already canonical `data`
 * string: an append serialises the data once, reuses that string as the stored JSON, and can
 * re-hash for another revision without serialising again. Keys are listed in sorted order; the
 * unit spec checks equality with the generic path.
 */
export function canonicalContentParts(
  content: Omit<HashedContent, 'data' | 'revision'>,
  canonicalData: string,
): [beforeRevision: string, afterRevision: string] {
  const m = content.metadata;
  return [
    `{"data":${canonicalData}` +
      `,"eventId":${JSON.stringify(content.eventId)}` +
      `,"metadata":{"actor":${JSON.stringify(m.actor)}` +
      `,"causationId":${m.causationId == null ? 'null' : JSON.stringify(m.causationId)}` +
      `,"correlationId":${JSON.stringify(m.correlationId)}}` +
      `,"occurredAt":${JSON.stringify(content.occurredAt)}` +
      `,"revision":`,
    `,"schemaVersion":${content.schemaVersion}` +
      `,"streamId":${JSON.stringify(content.streamId)}` +
      `,"type":${JSON.stringify(content.type)}}`,
  ];
}

export function canonicalEventContent(
  content: Omit<HashedContent, 'data'>,
  canonicalData: string,
): string {
  const [before, after] = canonicalContentParts(content, canonicalData);
  return `${before}${content.revision}${after}`;
}

type OneShotHash = (algorithm: string, data: string) => string;
/** crypto.hash (Node >= 20.12) avoids a Hash object per event; same digest either way. */
const oneShot = (crypto as unknown as { hash?: OneShotHash }).hash;

export function chainHash(previousHash: string, canonicalContent: string): string {
  return oneShot
    ? oneShot('sha256', previousHash + canonicalContent)
    : crypto.createHash('sha256').update(previousHash).update(canonicalContent).digest('hex');
}

export function computeEventHash(previousHash: string, content: HashedContent): string {
  return chainHash(previousHash, canonicalEventContent(content, canonicalJson(content.data)));
}

/**
 * Hash version 2 (events appended since migration 1764900000000): the chain also covers what the
 * database assigns — the global position and the store time — and each event records the hash it
 * chained on, so a verifier can tell which event was rewritten.
 *
 *   digest  = sha256(utf8(canonicalJson(content without revision)))  (by the client, sent as hex)
 *   hash_v2 = hex(sha256(0x02 ‖ previousHash (32 bytes) ‖ digest (32 bytes) ‖ int32be(revision)
 *                        ‖ int64be(position) ‖ utf8(recordedAt)))        (computed in the statement)
 *
 * recordedAt is ISO 8601 UTC with milliseconds ('2025-01-02T03:04:05.678Z'), as reads return it;
 * the store keeps recorded_at at millisecond precision for v2 events. The revision and position
 * come from the statement, so the client's part does not depend on the stream head.
 */
export const HASH_VERSION = 2;

export interface HashedContentV2 extends HashedContent {
  position: bigint | string;
  recordedAt: string;
}

/**
 * canonicalJson(content without its revision) around an already canonical `data` string: what the
 * version-2 content digest covers. Keys in sorted order; the unit spec checks it against the
 * generic path.
 */
export function canonicalContentV2(
  content: Omit<HashedContent, 'data' | 'revision'>,
  canonicalData: string,
): string {
  const m = content.metadata;
  return (
    `{"data":${canonicalData},"eventId":${JSON.stringify(content.eventId)}` +
    `,"metadata":{"actor":${JSON.stringify(m.actor)}` +
    `,"causationId":${m.causationId == null ? 'null' : JSON.stringify(m.causationId)}` +
    `,"correlationId":${JSON.stringify(m.correlationId)}}` +
    `,"occurredAt":${JSON.stringify(content.occurredAt)},"schemaVersion":${content.schemaVersion}` +
    `,"streamId":${JSON.stringify(content.streamId)},"type":${JSON.stringify(content.type)}}`
  );
}

/** Hex SHA-256 of the version-2 canonical content (hex: crypto.hash is fastest that way). */
export function contentDigest(canonicalV2: string): string {
  return oneShot
    ? oneShot('sha256', canonicalV2)
    : crypto.createHash('sha256').update(canonicalV2).digest('hex');
}

/** The v2 chain step; the same as the append statement computes (see event-store.queries.ts). */
export function chainHashV2(
  previousHash: string,
  digestHex: string,
  revision: number,
  position: bigint | string,
  recordedAt: string,
): string {
  const fixed = Buffer.alloc(1 + 32 + 32 + 4 + 8);
  fixed[0] = HASH_VERSION;
  fixed.write(previousHash, 1, 32, 'hex');
  fixed.write(digestHex, 33, 32, 'hex');
  fixed.writeInt32BE(revision, 65);
  fixed.writeBigInt64BE(BigInt(position), 69);
  return crypto.createHash('sha256').update(fixed).update(recordedAt, 'utf8').digest('hex');
}

export function computeEventHashV2(previousHash: string, event: HashedContentV2): string {
  const digest = contentDigest(canonicalContentV2(event, canonicalJson(event.data)));
  return chainHashV2(previousHash, digest, event.revision, event.position, event.recordedAt);
}

/**
 * The hash `event` must have when chained on `previousHash`, by its hash version (absent: 1).
 * Version 2 needs the stored position and store time, which every RecordedEvent carries.
 */
export function expectedEventHash(
  previousHash: string,
  event: HashedContent & {
    hashVersion?: number;
    position: bigint | string;
    recordedAt: string;
  },
): string {
  return event.hashVersion === HASH_VERSION
    ? computeEventHashV2(previousHash, event)
    : computeEventHash(previousHash, event);
}
