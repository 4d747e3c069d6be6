import { createPublicKey } from 'node:crypto';
import { LEAF_FORMAT, LeafEvent, eventContent } from '../leaf/evidence-leaf';
import { formatVerifierKey, rawPublicKey } from '../note/ed25519-key';
import { NoteSigner } from '../note/signed-note';
import { AbsentEvent, BUNDLE_FORMAT, EvidenceBundle, EvidenceManifest } from './evidence-bundle';
import { renderReport } from './evidence-report';

export interface BundleInput {
  manifest: Omit<EvidenceManifest, 'versions' | 'eventCount' | 'eventsAfterAsOf' | 'timeline'> & {
    versions: { rules: string; calendar: string };
  };
  /** The signer's public half only is used (never the private key). */
  signer: Pick<NoteSigner, 'name' | 'privateKey'>;
  checkpoint: string;
  /** Audit paths as bytes, or as hex already (the log's batch proofs: passed through as they are). */
  events: (LeafEvent & { leafIndex: number; inclusionProof: Uint8Array[] | string[] })[];
  absent: AbsentEvent[];
  consistency: { fromCheckpoint: string; proof: Uint8Array[] } | null;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

/** Assembles an export from what the log proved; pure, so tests build bundles without a database. */
export function buildBundle(input: BundleInput): EvidenceBundle {
  const publicKey = rawPublicKey(input.signer.privateKey);
  const asOf = input.manifest.scope.asOf;
  const manifest: EvidenceManifest = {
    ...input.manifest,
    versions: {
      evidenceFormat: BUNDLE_FORMAT,
      leafFormat: LEAF_FORMAT,
      ...input.manifest.versions,
    },
    eventCount: input.events.length,
    eventsAfterAsOf: asOf
      ? input.events.filter((e) => e.content.occurredAt.slice(0, 10) > asOf).length
      : 0,
    timeline: { status: 'not-available', sha256: null },
  };
  const bundle: EvidenceBundle = {
    format: BUNDLE_FORMAT,
    manifest,
    publicKey: {
      verifierKey: formatVerifierKey(input.signer.name, publicKey),
      pem: createPublicKey(input.signer.privateKey)
        .export({ format: 'pem', type: 'spki' })
        .toString(),
    },
    checkpoint: input.checkpoint,
    events: input.events.map((e) => ({
      leafIndex: e.leafIndex,
      content: eventContent(e.content),
      recordedAt: e.recordedAt,
      chainHash: e.chainHash,
      ...(e.hashVersion === 2 ? { hashVersion: 2 as const, position: e.position } : {}),
      inclusionProof: e.inclusionProof.map((p: Uint8Array | string) =>
        typeof p === 'string' ? p : hex(p),
      ),
    })),
    absent: input.absent,
    consistency: input.consistency
      ? {
          fromCheckpoint: input.consistency.fromCheckpoint,
          proof: input.consistency.proof.map(hex),
        }
      : null,
    timeline: null,
    reportHtml: '',
  };
  bundle.reportHtml = renderReport(bundle);
  return bundle;
}
