import { arrayChunks, jsonChunks } from '@app/platform/http/json-chunks';
import { hashedTimelineBytes } from './build-bundle';
import { EvidenceBundle } from './evidence-bundle';

/**
 * The export file's bytes in order: the JSON of the bundle (its members in their order, as
 * JSON.stringify writes them), as UTF-8 chunks — events a few hundred at a time, the timeline
 * as the very RFC 8785 bytes whose SHA-256 the manifest states — instead of one 30 MB string of
 * 10,000 events encoded again as a whole (bench:evidence). The api sends the chunks as they are
 * (no 30 MB copy); same JSON value as JSON.stringify(bundle) (bundle-json.spec.ts).
 */
export function bundleJsonChunks(bundle: EvidenceBundle): Buffer[] {
  return jsonChunks(bundle, {
    timeline: (value) => {
      const hashed = hashedTimelineBytes(value);
      return hashed && [hashed];
    },
    events: (value) => (Array.isArray(value) ? arrayChunks(value) : undefined),
  });
}

/** The export file as one buffer (bundleJsonChunks joined). */
export function bundleJson(bundle: EvidenceBundle): Buffer {
  return Buffer.concat(bundleJsonChunks(bundle));
}
