import { hashedTimelineBytes } from './build-bundle';
import { EvidenceBundle } from './evidence-bundle';

/** Events serialised per chunk (a chunk's text stays small and mostly one-byte). */
const EVENTS_PER_CHUNK = 256;
/** Other members' text is gathered up to this many UTF-16 units before it is encoded. */
const CHUNK_UNITS = 1 << 16;

/**
 * The export file's bytes in order: the JSON of the bundle (its members in their order, as
 * JSON.stringify writes them), as per-member UTF-8 chunks — events a few hundred at a time, the
 * timeline as the very RFC 8785 bytes whose SHA-256 the manifest states — instead of one 30 MB
 * string of 10,000 events encoded again as a whole (bench:evidence). The api sends the chunks as
 * they are (no 30 MB copy); same JSON value as JSON.stringify(bundle) (bundle-json.spec.ts).
 */
export function bundleJsonChunks(bundle: EvidenceBundle): Buffer[] {
  const chunks: Buffer[] = [];
  let text = '{';
  const flush = () => {
    if (text.length > 0) chunks.push(Buffer.from(text, 'utf8'));
    text = '';
  };
  let first = true;
  for (const [name, value] of Object.entries(bundle) as [string, unknown][]) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    text += `${first ? '' : ','}${JSON.stringify(name)}:`;
    first = false;
    const hashed = name === 'timeline' ? hashedTimelineBytes(value) : undefined;
    if (hashed !== undefined) {
      flush();
      chunks.push(hashed);
    } else if (name === 'events' && Array.isArray(value)) {
      text += '[';
      for (let i = 0; i < value.length; i++) {
        if (i > 0) text += ',';
        text += JSON.stringify(value[i]) ?? 'null';
        if (i % EVENTS_PER_CHUNK === EVENTS_PER_CHUNK - 1) flush();
      }
      text += ']';
    } else text += JSON.stringify(value) ?? 'null';
    if (text.length > CHUNK_UNITS) flush();
  }
  text += '}';
  flush();
  return chunks;
}

/** The export file as one buffer (bundleJsonChunks joined). */
export function bundleJson(bundle: EvidenceBundle): Buffer {
  return Buffer.concat(bundleJsonChunks(bundle));
}
