import { createHash, generateKeyPairSync } from 'node:crypto';
import { canonicalize } from '../canonical/jcs';
import { formatCheckpoint } from '../note/checkpoint';
import { signNote } from '../note/signed-note';
import { EMPTY_ROOT } from '../merkle/merkle-hash';
import { BundleInput, buildBundle, canonicalSha256, hashedTimelineBytes } from './build-bundle';
import { bundleJson, bundleJsonChunks } from './bundle-json';
import { EvidenceBundle } from './evidence-bundle';
import { attachReportPdf } from './report-pdf';
import { verifyBundle } from './verify-bundle';

const signer = {
  name: 'ledger.test/evidence',
  privateKey: generateKeyPairSync('ed25519').privateKey,
};

function input(timeline: unknown): BundleInput {
  return {
    manifest: {
      contractId: 'x',
      streamId: 'contract-x',
      generatedAt: '2026-12-02T09:00:00.000Z',
      scope: { asOf: null, knownAt: null },
      basis: { origin: signer.name, treeSize: 0, lastPosition: null },
      versions: { rules: 'test', calendar: 'test' },
    },
    signer,
    checkpoint: signNote(
      formatCheckpoint({ origin: signer.name, treeSize: 0, rootHash: EMPTY_ROOT, extensions: [] }),
      signer,
    ),
    events: [],
    absent: [],
    consistency: null,
    timeline: { value: timeline, asOf: '2023-04-30', knownAt: 'k', entries: 1, html: '<p></p>' },
  };
}

const bundle = (timeline: unknown): EvidenceBundle => buildBundle(input(timeline));

describe('the export file bytes (bundleJson)', () => {
  // Members left out by JSON (undefined), a Date, Chinese text: as a file of it reads back.
  const timeline = {
    contractId: 'x',
    entries: [{ date: '2023-04-26', memo: '第二期 "付款"\n', n: 2, gone: undefined }],
    at: new Date(0),
  };

  it('is the JSON of the bundle, with the timeline as the RFC 8785 text the manifest hashes', () => {
    const b = attachReportPdf(bundle(timeline), Buffer.from('%PDF-1.4\n'), 'test', signer);
    const file = bundleJson(b).toString('utf8');
    // What the export wrote before (JSON.stringify of the bundle) reads back as the same value,
    // member for member and in the same order outside the timeline (whose members RFC 8785 sorts).
    const before = JSON.parse(JSON.stringify(b)) as Record<string, unknown>;
    const read = JSON.parse(file) as Record<string, unknown>;
    expect(read).toStrictEqual(before);
    expect(JSON.stringify({ ...read, timeline: null })).toBe(
      JSON.stringify({ ...before, timeline: null }),
    );
    // Byte for byte: the bundle's JSON.stringify with the timeline member written as the very text
    // whose SHA-256 the manifest states (found by parsing, not by searching the file for a name).
    const hashed = canonicalize(before.timeline);
    expect(hashed.startsWith('{"at":"1970-01-01T00:00:00.000Z","contractId":"x","entries"')).toBe(
      true,
    );
    const mark = '\u0000timeline';
    expect(file).toBe(
      JSON.stringify({ ...b, timeline: mark }).replace(JSON.stringify(mark), () => hashed),
    );
    expect(createHash('sha256').update(hashed, 'utf8').digest('hex')).toBe(
      b.manifest.timeline.sha256,
    );
    expect(b.manifest.timeline.sha256).toBe(canonicalSha256(read.timeline));
    // The api sends the chunks: the timeline's is the very buffer that was hashed.
    const chunks = bundleJsonChunks(b);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(file);
    expect(chunks).toContain(hashedTimelineBytes(b.timeline));
    expect(hashedTimelineBytes(b.timeline)?.toString('utf8')).toBe(hashed);
    expect(verifyBundle(read as unknown as EvidenceBundle).findings.filter((f) => !f.ok)).toEqual(
      [],
    );
  });

  it('holds no timeline member text when the export has none', () => {
    const b = buildBundle({ ...input(timeline), timeline: undefined });
    expect(bundleJson(b).toString('utf8')).toBe(JSON.stringify(b));
    expect(b.manifest.timeline).toEqual({ status: 'not-available', sha256: null });
  });

  it('writes events a few hundred per chunk: byte for byte JSON.stringify of the bundle', () => {
    const b = bundle(timeline);
    const many = {
      ...b,
      // A timeline it did not hash is written as JSON.stringify writes it.
      timeline: { ...(b.timeline as object) },
      events: Array.from({ length: 600 }, (_, i) => ({ leafIndex: i, memo: '证据', x: undefined })),
    } as unknown as EvidenceBundle;
    expect(bundleJson(many).toString('utf8')).toBe(JSON.stringify(many));
    const chunks = bundleJsonChunks(many);
    expect(chunks.length).toBeGreaterThan(2);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(JSON.stringify(many));
  });
});
