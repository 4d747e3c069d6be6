import { hashedTimelineText } from './build-bundle';
import { EvidenceBundle } from './evidence-bundle';

/** Events serialised per chunk (a chunk's text stays small and mostly one-byte). */
const EVENTS_PER_CHUNK = 256;

/**
 * The export file's bytes: the JSON of the bundle (its members in their order, as
 * JSON.stringify writes them), assembled from per-member UTF-8 chunks — events a few hundred at a
 * time, the timeline as the very RFC 8785 text whose SHA-256 the manifest states — instead of one
 * 30 MB string of 10,000 events encoded again as a whole (bench:evidence). Same JSON value as
 * JSON.stringify(bundle) (bundle-json.spec.ts).
 */
export function bundleJson(bundle: EvidenceBundle): Buffer {
  const chunks: Buffer[] = [];
  let text = '{';
  const flush = () => {
    chunks.push(Buffer.from(text, 'utf8'));
    text = '';
  };
  let first = true;
  for (const [name, value] of Object.entries(bundle) as [string, unknown][]) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    text += `${first ? '' : ','}${JSON.stringify(name)}:`;
    first = false;
    const hashed = name === 'timeline' ? hashedTimelineText(value) : undefined;
    if (hashed !== undefined) {
      flush();
      text = hashed;
      flush();
    } else if (name === 'events' && Array.isArray(value)) {
      text += '[';
      for (let i = 0; i < value.length; i++) {
        if (i > 0) text += ',';
        text += JSON.stringify(value[i]) ?? 'null';
        if (i % EVENTS_PER_CHUNK === EVENTS_PER_CHUNK - 1) flush();
      }
      text += ']';
    } else text += JSON.stringify(value) ?? 'null';
    if (text.length > 1 << 16) flush();
  }
  text += '}';
  flush();
  return Buffer.concat(chunks);
}
