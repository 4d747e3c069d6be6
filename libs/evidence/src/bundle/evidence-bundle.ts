import type { EventContent } from '../leaf/evidence-leaf';

/**
 * The evidence export: one self-contained JSON file about one contract. Every hash is hex except
 * inside the signed notes, which follow their C2SP formats (base64). Nothing in it concerns other
 * contracts beyond the tree size and the hashes of subtrees the proofs need.
 */
export const BUNDLE_FORMAT = 'contract-ledger/evidence/v1';

export interface EvidenceManifest {
  contractId: string;
  streamId: string;
  generatedAt: string;
  scope: {
    /** Business date the contract is described at (the timeline's cut-off); null = all. */
    asOf: string | null;
    /** Only events the ledger had recorded by then (store time); null = now. */
    knownAt: string | null;
  };
  /** The log state the export is proven against. */
  basis: { origin: string; treeSize: number; lastPosition: string | null };
  versions: {
    evidenceFormat: string;
    leafFormat: string;
    rules: string;
    /**
     * The calendar versions the export's figures used, joined by `+` (calendarUsed), or the
     * package's data version when none counted working days.
     */
    calendar: string;
    /**
     * Every calendar version the timeline's deadlines were computed with at export time, years
     * recorded through the `calendar` stream included (cn-2027@…), provisional ones named so.
     * Absent in exports made before it was added.
     */
    calendarUsed?: string[];
    /** The versions the events recorded when decided (may name a provisional year since published). */
    calendarRecorded?: string[];
  };
  eventCount: number;
  /** Events whose business date is after `asOf` (still included: the chain needs them). */
  eventsAfterAsOf: number;
  /**
   * The legal timeline (issue 11) of the same scope: its SHA-256 over its RFC 8785 JSON (the
   * bundle's `timeline` member), the business date and record time it was computed at, and its
   * number of entries. 'not-available' only in exports made before it was built.
   */
  timeline: EvidenceTimelineRef;
  /**
   * The printable report: the SHA-256 of `reportHtml` (UTF-8) and its PDF — included (the SHA-256
   * of the PDF's bytes, which `reportPdf` holds in base64) or not, and then why (no browser where
   * the export was made, rendering turned off or failed). Absent in exports made before it.
   */
  report?: EvidenceReportRef;
}

export interface EvidenceReportRef {
  htmlSha256: string;
  pdf:
    | { status: 'included'; sha256: string; bytes: number; renderer: string }
    | { status: 'not-available'; reason: string };
}

export type EvidenceTimelineRef =
  | { status: 'included'; sha256: string; asOf: string; knownAt: string; entries: number }
  | { status: 'not-available'; sha256: null };

/**
 * The signed note over the manifest: the first line MANIFEST_NOTE_FORMAT, then the contract id,
 * then the hex SHA-256 of the manifest's RFC 8785 JSON; signed with the ledger key, so the
 * manifest (and through it the timeline's hash) is the ledger's word, not the file's.
 */
export const MANIFEST_NOTE_FORMAT = 'contract-ledger/evidence-manifest/v1';

export interface EvidenceEvent {
  leafIndex: number;
  content: EventContent;
  recordedAt: string;
  chainHash: string;
  /** 2 when the chain hash is version 2 (it then covers `position` and `recordedAt`); else absent. */
  hashVersion?: 2;
  /** Global position (decimal), present with hashVersion 2. */
  position?: string;
  /** Audit path (RFC 9162 §2.1.3) of the leaf in the tree of the checkpoint, hex. */
  inclusionProof: string[];
}

/** A leaf of this stream in the log whose event the store no longer returns. */
export interface AbsentEvent {
  leafIndex: number;
  revision: number;
  eventId: string;
  leafHash: string;
}

export interface EvidenceBundle {
  format: typeof BUNDLE_FORMAT;
  manifest: EvidenceManifest;
  /** Verifier key text `<name>+<key id>+<base64 key>` and the same key as PEM (for openssl). */
  publicKey: { verifierKey: string; pem: string };
  /** The signed checkpoint (C2SP signed note) the proofs lead to. */
  checkpoint: string;
  events: EvidenceEvent[];
  absent: AbsentEvent[];
  /** From an earlier checkpoint the other side holds (`?since=`) to `checkpoint`. */
  consistency: { fromCheckpoint: string; proof: string[] } | null;
  /** The legal timeline (GET /contracts/:id/timeline at the manifest's asOf and knownAt). */
  timeline: unknown;
  /** MANIFEST_NOTE_FORMAT signed note over the manifest (absent from older exports). */
  manifestNote?: string;
  /** Printable report (HTML), also a standalone file of the export. */
  reportHtml: string;
  /** The report as PDF (base64), rendered by a browser, when manifest.report.pdf is 'included'. */
  reportPdf?: string;
}
