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
