import { canonicalize } from '../canonical/jcs';
import { VerifierKey } from '../note/ed25519-key';
import { NoteSigner, openNote, signNote } from '../note/signed-note';

/**
 * A receipt: what the ledger acknowledged when a command was recorded — the stream, its revision,
 * the hashes of the events written and the chain head — as a C2SP signed note whose text is one
 * line of RFC 8785 JSON. A client that keeps it can later prove that history was cut short (the
 * stream no longer reaches that revision) or rewritten (the head hash differs).
 */
export const RECEIPT_FORMAT = 'contract-ledger/receipt/v1';

export interface ReceiptBody {
  format: typeof RECEIPT_FORMAT;
  origin: string;
  streamId: string;
  /** Revision of the last event written. */
  revision: number;
  events: { revision: number; eventId: string; hash: string }[];
  /** Chain hash of the event at `revision`. */
  streamHead: string;
  /** Global position of the last event (decimal). */
  position: string;
  issuedAt: string;
}

export function signReceipt(body: Omit<ReceiptBody, 'format'>, signer: NoteSigner): string {
  return signNote(`${canonicalize({ format: RECEIPT_FORMAT, ...body })}\n`, signer);
}

export type ReceiptVerification =
  { ok: true; receipt: ReceiptBody } | { ok: false; reason: string };

export function openReceipt(note: string, key: VerifierKey): ReceiptVerification {
  const opened = openNote(note, key);
  if (!opened.ok) return { ok: false, reason: `receipt: ${opened.reason}` };
  let body: ReceiptBody;
  try {
    body = JSON.parse(opened.text) as ReceiptBody;
  } catch {
    return { ok: false, reason: 'receipt: the signed text is not JSON' };
  }
  if (body.format !== RECEIPT_FORMAT) return { ok: false, reason: 'receipt: unknown format' };
  return { ok: true, receipt: body };
}
