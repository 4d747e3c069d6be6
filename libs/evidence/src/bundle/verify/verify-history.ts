import { verifyConsistency } from '../../merkle/merkle-verify';
import { Checkpoint, checkpointTime, parseCheckpoint } from '../../note/checkpoint';
import { VerifierKey } from '../../note/ed25519-key';
import { openNote } from '../../note/signed-note';
import { openReceipt } from '../../receipt/receipt';
import { EvidenceBundle } from '../evidence-bundle';
import { Findings } from './verify-findings';

const unhex = (s: string) => Buffer.from(s, 'hex');

/**
 * What proves that history was not cut short or rewritten since the reader last looked: the
 * export's consistency proof from an earlier checkpoint (?since=), a checkpoint the reader holds,
 * and receipts kept from command responses.
 */
export interface HistoryInput {
  bundle: EvidenceBundle;
  key: VerifierKey;
  checkpoint: Checkpoint;
  heldCheckpoint?: string;
  receipts: string[];
}

/** The export's consistency proof from an earlier checkpoint to its own. */
export function verifyConsistencyProof(input: HistoryInput, findings: Findings): void {
  const { bundle, key, checkpoint } = input;
  if (!bundle.consistency) return;
  const from = openNote(bundle.consistency.fromCheckpoint, key);
  if (!from.ok) {
    findings.fail(
      'consistency',
      `the earlier checkpoint in the export does not verify: ${from.reason}`,
    );
    return;
  }
  const f = parseCheckpoint(from.text);
  const result = verifyConsistency(
    f.treeSize,
    checkpoint.treeSize,
    bundle.consistency.proof.map(unhex),
    f.rootHash,
    checkpoint.rootHash,
  );
  if (result.ok) {
    findings.pass(
      'consistency',
      `the tree of ${checkpoint.treeSize} extends the earlier tree of ${f.treeSize} (append only)`,
    );
  } else {
    findings.fail(
      'consistency',
      `the tree of ${checkpoint.treeSize} is not an extension of the earlier tree of ${f.treeSize}: ${result.reason}`,
      { treeSize: f.treeSize },
    );
  }
}

/** A checkpoint the reader holds: the export's must be the same tree or a later one. */
export function verifyHeldCheckpoint(input: HistoryInput, findings: Findings): void {
  const { bundle, key, checkpoint } = input;
  if (!input.heldCheckpoint) return;
  const held = openNote(input.heldCheckpoint, key);
  if (!held.ok) {
    findings.fail('held-checkpoint', `the checkpoint you hold does not verify: ${held.reason}`);
    return;
  }
  const h = parseCheckpoint(held.text);
  const at = { treeSize: h.treeSize };
  if (h.treeSize > checkpoint.treeSize) {
    findings.fail(
      'held-checkpoint',
      `the checkpoint you hold (tree size ${h.treeSize}, ${checkpointTime(h) ?? 'no time'}) is newer than the ` +
        `export's (tree size ${checkpoint.treeSize}, ${checkpointTime(checkpoint) ?? 'no time'}): an old checkpoint ` +
        'is presented as current, or the log was cut short',
      at,
    );
  } else if (h.treeSize === checkpoint.treeSize) {
    if (h.rootHash.equals(checkpoint.rootHash))
      findings.pass('held-checkpoint', 'the export is proven against the checkpoint you hold');
    else
      findings.fail(
        'held-checkpoint',
        `two different signed roots for tree size ${h.treeSize}: the log was rewritten`,
        at,
      );
  } else if (!bundle.consistency) {
    findings.fail(
      'held-checkpoint',
      `the export has no consistency proof from the tree size ${h.treeSize} you hold: ask for it with ?since=${h.treeSize}`,
      at,
    );
  } else {
    const from = openNote(bundle.consistency.fromCheckpoint, key);
    const f = from.ok ? parseCheckpoint(from.text) : undefined;
    if (!f || f.treeSize !== h.treeSize || !f.rootHash.equals(h.rootHash)) {
      findings.fail(
        'held-checkpoint',
        `the export's consistency proof starts from another tree than the one you hold (size ${h.treeSize}): the log was rewritten since`,
        at,
      );
    } else
      findings.pass(
        'held-checkpoint',
        `the log grew from the checkpoint you hold (size ${h.treeSize}) by appending only`,
      );
  }
}

/** Receipts kept from command responses: each acknowledged revision is there, with its hash. */
export function verifyReceipts(input: Omit<HistoryInput, 'checkpoint'>, findings: Findings): void {
  const { bundle, key } = input;
  for (const [i, note] of input.receipts.entries()) {
    const opened = openReceipt(note, key);
    if (!opened.ok) {
      findings.fail('receipt', `receipt ${i + 1}: ${opened.reason}`);
      continue;
    }
    const r = opened.receipt;
    if (r.streamId !== bundle.manifest.streamId) {
      findings.warn('receipt', `receipt ${i + 1} is about stream ${r.streamId}, not this export's`);
      continue;
    }
    const last = bundle.events[bundle.events.length - 1]?.content.revision ?? -1;
    if (r.revision > last) {
      findings.fail(
        'receipt',
        `receipt ${i + 1} (issued ${r.issuedAt}) acknowledges revision ${r.revision} with head ${r.streamHead}, ` +
          `but the export ends at revision ${last}: the newest events were removed`,
        { revision: r.revision },
      );
      continue;
    }
    const mismatch = r.events.find((e) => bundle.events[e.revision]?.chainHash !== e.hash);
    if (mismatch || bundle.events[r.revision]?.chainHash !== r.streamHead) {
      const rev = mismatch?.revision ?? r.revision;
      findings.fail(
        'receipt',
        `receipt ${i + 1} acknowledges revision ${rev} with another hash than the export's: history was rewritten`,
        { revision: rev, eventId: mismatch?.eventId },
      );
    } else findings.pass('receipt', `receipt ${i + 1} (revision ${r.revision}) matches the export`);
  }
}
