import { createHash, createPublicKey } from 'node:crypto';
import { canonicalizeJsonValue } from '../canonical/jcs';
import { LEAF_FORMAT, LeafEvent, eventContent } from '../leaf/evidence-leaf';
import { formatVerifierKey, rawPublicKey } from '../note/ed25519-key';
import { NoteSigner, signNote } from '../note/signed-note';
import {
  AbsentEvent,
  BUNDLE_FORMAT,
  EvidenceBundle,
  EvidenceManifest,
  EvidenceTimelineRef,
  MANIFEST_NOTE_FORMAT,
} from './evidence-bundle';
import { renderReport } from './evidence-report';

export interface BundleInput {
  manifest: Omit<EvidenceManifest, 'versions' | 'eventCount' | 'eventsAfterAsOf' | 'timeline'> & {
    versions: {
      rules: string;
      calendar: string;
      calendarUsed?: string[];
      calendarRecorded?: string[];
    };
  };
  /** Signs the manifest note; the export carries its public half only (never the private key). */
  signer: NoteSigner;
  checkpoint: string;
  /** Audit paths as bytes, or as hex already (the log's batch proofs: passed through as they are). */
  events: (LeafEvent & { leafIndex: number; inclusionProof: Uint8Array[] | string[] })[];
  absent: AbsentEvent[];
  consistency: { fromCheckpoint: string; proof: Uint8Array[] } | null;
  /**
   * The legal timeline of the same scope (a JSON value), the dates it was computed at, how many
   * entries it has, and its printable HTML body (shown in the report).
   */
  timeline?: { value: unknown; asOf: string; knownAt: string; entries: number; html: string };
  /**
   * Why the export carries no PDF of its report (no browser, turned off, ...); attachReportPdf
   * adds one afterwards. Default: 'not rendered'.
   */
  pdfAbsent?: string;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The SHA-256 (hex) of a JSON value's RFC 8785 form, as it reads back from the export file. */
export function canonicalSha256(value: unknown): string {
  return sha256Hex(canonicalizeJsonValue(value ?? null));
}

/**
 * The RFC 8785 bytes (UTF-8) of each timeline buildBundle hashed, by the value the bundle holds:
 * the file writes these very bytes (bundleJson), so the timeline is neither serialised nor encoded
 * twice, nor can the file hold other bytes than those hashed.
 */
const timelineBytes = new WeakMap<object, Buffer>();

/** The RFC 8785 bytes buildBundle hashed for this timeline value, if it built one. */
export function hashedTimelineBytes(value: unknown): Buffer | undefined {
  return typeof value === 'object' && value !== null ? timelineBytes.get(value) : undefined;
}

/** The text the manifest note signs (see MANIFEST_NOTE_FORMAT). */
export function manifestNoteText(manifest: EvidenceManifest): string {
  return `${MANIFEST_NOTE_FORMAT}\n${manifest.contractId}\n${canonicalSha256(manifest)}\n`;
}

/** Assembles an export from what the log proved; pure, so tests build bundles without a database. */
export function buildBundle(input: BundleInput): EvidenceBundle {
  const publicKey = rawPublicKey(input.signer.privateKey);
  const asOf = input.manifest.scope.asOf;
  // Hashed as the file holds it (canonicalizeJsonValue: as JSON text reads back).
  const timelineValue = input.timeline ? (input.timeline.value ?? null) : null;
  const timelineText = input.timeline
    ? Buffer.from(canonicalizeJsonValue(timelineValue), 'utf8')
    : null;
  if (timelineText !== null && typeof timelineValue === 'object' && timelineValue !== null)
    timelineBytes.set(timelineValue, timelineText);
  const timeline: EvidenceTimelineRef = input.timeline
    ? {
        status: 'included',
        sha256: createHash('sha256').update(timelineText!).digest('hex'),
        asOf: input.timeline.asOf,
        knownAt: input.timeline.knownAt,
        entries: input.timeline.entries,
      }
    : { status: 'not-available', sha256: null };
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
    timeline,
  };
  const bundle: EvidenceBundle = {
    format: BUNDLE_FORMAT,
    manifest,
    manifestNote: '',
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
    timeline: timelineValue,
    reportHtml: '',
  };
  // The report shows the manifest without its own hash (rendered first, then hashed and signed).
  bundle.reportHtml = renderReport(bundle, input.timeline?.html);
  manifest.report = {
    htmlSha256: sha256Hex(bundle.reportHtml),
    pdf: { status: 'not-available', reason: input.pdfAbsent ?? 'not rendered' },
  };
  bundle.manifestNote = signNote(manifestNoteText(manifest), input.signer);
  return bundle;
}
