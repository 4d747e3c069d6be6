import { createHash } from 'node:crypto';
import { canonicalize } from '../canonical/jcs';
import { GENESIS_CHAIN_HASH, hashEvent } from '../leaf/evidence-leaf';
import { verifyConsistency, verifyInclusion } from '../merkle/merkle-verify';
import { Checkpoint, checkpointTime, parseCheckpoint } from '../note/checkpoint';
import { VerifierKey, parseVerifierKey } from '../note/ed25519-key';
import { openNote } from '../note/signed-note';
import { openReceipt } from '../receipt/receipt';
import { BUNDLE_FORMAT, EvidenceBundle } from './evidence-bundle';

/**
 * The offline verification of an export: no database, no network, only the file, optionally the
 * ledger's public key obtained independently, a checkpoint and receipts the reader already holds.
 * Every failure names what and where (revision, event id, leaf index, tree size).
 */
export interface VerifyOptions {
  /** The verifier key the reader trusts; without it the export's own key is used (and said so). */
  trustedKey?: string;
  /** A checkpoint (signed note) the reader obtained earlier, e.g. from GET /checkpoints. */
  heldCheckpoint?: string;
  /** Receipts (signed notes) the reader kept from command responses. */
  receipts?: string[];
}

export type CheckName =
  | 'format'
  | 'key'
  | 'checkpoint'
  | 'chain'
  | 'revisions'
  | 'inclusion'
  | 'absent'
  | 'consistency'
  | 'held-checkpoint'
  | 'receipt'
  | 'timeline';

export interface Finding {
  check: CheckName;
  ok: boolean;
  /** warning: passes but weakens what the verification proves. */
  severity: 'ok' | 'warning' | 'failure';
  message: string;
  where?: { revision?: number; eventId?: string; leafIndex?: number; treeSize?: number };
}

export interface VerificationReport {
  ok: boolean;
  contractId: string | null;
  eventsChecked: number;
  treeSize: number | null;
  findings: Finding[];
}

const unhex = (s: string) => Buffer.from(s, 'hex');

export function verifyBundle(
  bundle: EvidenceBundle,
  options: VerifyOptions = {},
): VerificationReport {
  const findings: Finding[] = [];
  const pass = (check: CheckName, message: string) =>
    findings.push({ check, ok: true, severity: 'ok', message });
  const warn = (check: CheckName, message: string) =>
    findings.push({ check, ok: true, severity: 'warning', message });
  const fail = (check: CheckName, message: string, where?: Finding['where']) =>
    findings.push({ check, ok: false, severity: 'failure', message, where });
  const report = (treeSize: number | null): VerificationReport => ({
    ok: findings.every((f) => f.ok),
    contractId: bundle?.manifest?.contractId ?? null,
    eventsChecked: Array.isArray(bundle?.events) ? bundle.events.length : 0,
    treeSize,
    findings,
  });

  if (bundle?.format !== BUNDLE_FORMAT || !Array.isArray(bundle.events)) {
    fail('format', `not an evidence export of format ${BUNDLE_FORMAT}`);
    return report(null);
  }

  // 1. The key: pinned by the reader, or (weaker) the one the export carries.
  let key: VerifierKey;
  try {
    const own = parseVerifierKey(bundle.publicKey.verifierKey);
    if (options.trustedKey) {
      key = parseVerifierKey(options.trustedKey);
      if (!own.publicKey.equals(key.publicKey) || own.name !== key.name) {
        fail(
          'key',
          `the export carries key ${bundle.publicKey.verifierKey}, not the trusted key ${options.trustedKey}`,
        );
      } else pass('key', `the export carries the trusted key ${options.trustedKey}`);
    } else {
      key = own;
      warn(
        'key',
        `no trusted key given: verified with the export's own key ${bundle.publicKey.verifierKey}; ` +
          'pass --key with the ledger key published independently to rule out a forgery',
      );
    }
  } catch (error) {
    fail('key', `unusable key: ${(error as Error).message}`);
    return report(null);
  }

  // 2. The checkpoint the proofs lead to.
  const opened = openNote(bundle.checkpoint, key);
  let checkpoint: Checkpoint | undefined;
  if (!opened.ok) {
    fail('checkpoint', `the export's checkpoint is not valid: ${opened.reason}`);
  } else {
    try {
      checkpoint = parseCheckpoint(opened.text);
      if (checkpoint.origin !== bundle.manifest.basis.origin) {
        fail(
          'checkpoint',
          `checkpoint origin "${checkpoint.origin}" is not the manifest's "${bundle.manifest.basis.origin}"`,
        );
      } else if (checkpoint.treeSize !== bundle.manifest.basis.treeSize) {
        fail(
          'checkpoint',
          `checkpoint tree size ${checkpoint.treeSize} is not the manifest's ${bundle.manifest.basis.treeSize}`,
          { treeSize: checkpoint.treeSize },
        );
      } else {
        pass(
          'checkpoint',
          `checkpoint signed by ${key.name}: tree size ${checkpoint.treeSize}, signed ${checkpointTime(checkpoint) ?? '(no time)'}`,
        );
      }
    } catch (error) {
      fail('checkpoint', `the checkpoint text is malformed: ${(error as Error).message}`);
    }
  }

  // 3. The stream chain, revision by revision from 0, and the inclusion of every event.
  const streamId = bundle.manifest.streamId;
  let previous = GENESIS_CHAIN_HASH;
  let chainOk = true;
  let inclusionOk = true;
  let lastLeaf = -1;
  const proven = new Set<string>();
  bundle.events.forEach((event, i) => {
    const { content } = event;
    const where = {
      revision: content.revision,
      eventId: content.eventId,
      leafIndex: event.leafIndex,
    };
    if (content.streamId !== streamId) {
      fail('revisions', `event ${content.eventId} belongs to stream ${content.streamId}`, where);
      chainOk = false;
    }
    if (content.revision !== i) {
      fail(
        'revisions',
        i < content.revision
          ? `revision ${i} is missing: the event after revision ${i - 1} is revision ${content.revision}`
          : `revision ${content.revision} appears where revision ${i} belongs (reordered or repeated)`,
        where,
      );
      chainOk = false;
    }
    const { chainHash: recomputed, leafHash } = hashEvent(previous, event);
    if (recomputed !== event.chainHash) {
      fail(
        'chain',
        `revision ${content.revision} (${content.type}, event ${content.eventId}): its content or its place ` +
          'no longer matches its stream-chain hash (changed, removed before it, or reordered)',
        where,
      );
      chainOk = false;
    }
    previous = event.chainHash;
    if (event.leafIndex <= lastLeaf) {
      fail(
        'revisions',
        `revision ${content.revision} is at leaf ${event.leafIndex}, not after the previous event's leaf ${lastLeaf}: reordered`,
        where,
      );
      inclusionOk = false;
    }
    lastLeaf = event.leafIndex;
    if (checkpoint) {
      const result = verifyInclusion(
        event.leafIndex,
        checkpoint.treeSize,
        leafHash,
        event.inclusionProof.map(unhex),
        checkpoint.rootHash,
        proven,
      );
      if (!result.ok) {
        fail(
          'inclusion',
          `revision ${content.revision} (${content.type}, event ${content.eventId}) is not proven included at leaf ` +
            `${event.leafIndex} of the signed tree of ${checkpoint.treeSize}: ${result.reason}`,
          { ...where, treeSize: checkpoint.treeSize },
        );
        inclusionOk = false;
      }
    }
  });
  if (chainOk) pass('chain', `stream chain intact over revisions 0-${bundle.events.length - 1}`);
  if (chainOk) pass('revisions', `no revision missing between 0 and ${bundle.events.length - 1}`);
  if (checkpoint && inclusionOk) {
    pass(
      'inclusion',
      `all ${bundle.events.length} events included in the signed tree of ${checkpoint.treeSize}`,
    );
  }

  // 4. Leaves of this stream the log holds but the export has no event for.
  if (bundle.absent.length > 0) {
    for (const a of bundle.absent) {
      fail(
        'absent',
        `the log holds leaf ${a.leafIndex} for revision ${a.revision} (event ${a.eventId}) but the store no longer returns that event`,
        { revision: a.revision, eventId: a.eventId, leafIndex: a.leafIndex },
      );
    }
  } else pass('absent', 'every leaf of this stream in the log has its event in the export');

  // 5. Consistency with the earlier checkpoint the export was asked for (?since=).
  if (bundle.consistency && checkpoint) {
    checkConsistency(bundle.consistency.fromCheckpoint, bundle.consistency.proof, 'consistency');
  }

  // 6. A checkpoint the reader holds: the export's must be the same tree or a later one.
  if (options.heldCheckpoint && checkpoint) {
    const held = openNote(options.heldCheckpoint, key);
    if (!held.ok)
      fail('held-checkpoint', `the checkpoint you hold does not verify: ${held.reason}`);
    else {
      const h = parseCheckpoint(held.text);
      if (h.treeSize > checkpoint.treeSize) {
        fail(
          'held-checkpoint',
          `the checkpoint you hold (tree size ${h.treeSize}, ${checkpointTime(h) ?? 'no time'}) is newer than the ` +
            `export's (tree size ${checkpoint.treeSize}, ${checkpointTime(checkpoint) ?? 'no time'}): an old checkpoint ` +
            'is presented as current, or the log was cut short',
          { treeSize: h.treeSize },
        );
      } else if (h.treeSize === checkpoint.treeSize) {
        if (h.rootHash.equals(checkpoint.rootHash))
          pass('held-checkpoint', 'the export is proven against the checkpoint you hold');
        else
          fail(
            'held-checkpoint',
            `two different signed roots for tree size ${h.treeSize}: the log was rewritten`,
            {
              treeSize: h.treeSize,
            },
          );
      } else if (!bundle.consistency) {
        fail(
          'held-checkpoint',
          `the export has no consistency proof from the tree size ${h.treeSize} you hold: ask for it with ?since=${h.treeSize}`,
          { treeSize: h.treeSize },
        );
      } else {
        const from = openNote(bundle.consistency.fromCheckpoint, key);
        const f = from.ok ? parseCheckpoint(from.text) : undefined;
        if (!f || f.treeSize !== h.treeSize || !f.rootHash.equals(h.rootHash)) {
          fail(
            'held-checkpoint',
            `the export's consistency proof starts from another tree than the one you hold (size ${h.treeSize}): the log was rewritten since`,
            { treeSize: h.treeSize },
          );
        } else
          pass(
            'held-checkpoint',
            `the log grew from the checkpoint you hold (size ${h.treeSize}) by appending only`,
          );
      }
    }
  }

  // 7. Receipts kept from command responses.
  for (const [i, note] of (options.receipts ?? []).entries()) {
    const opened = openReceipt(note, key);
    if (!opened.ok) {
      fail('receipt', `receipt ${i + 1}: ${opened.reason}`);
      continue;
    }
    const r = opened.receipt;
    if (r.streamId !== streamId) {
      warn('receipt', `receipt ${i + 1} is about stream ${r.streamId}, not this export's`);
      continue;
    }
    const last = bundle.events[bundle.events.length - 1]?.content.revision ?? -1;
    if (r.revision > last) {
      fail(
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
      fail(
        'receipt',
        `receipt ${i + 1} acknowledges revision ${rev} with another hash than the export's: history was rewritten`,
        { revision: rev, eventId: mismatch?.eventId },
      );
    } else pass('receipt', `receipt ${i + 1} (revision ${r.revision}) matches the export`);
  }

  // 8. The legal timeline (issue 11): hash check when present.
  if (bundle.manifest.timeline.status === 'included' && bundle.manifest.timeline.sha256) {
    const digest = createHash('sha256').update(canonicalize(bundle.timeline), 'utf8').digest('hex');
    if (digest === bundle.manifest.timeline.sha256) pass('timeline', 'timeline hash matches');
    else
      fail(
        'timeline',
        `timeline hash ${digest} is not the manifest's ${bundle.manifest.timeline.sha256}`,
      );
  } else warn('timeline', 'the export carries no legal timeline yet (not built): nothing to check');

  if (bundle.events.some((e) => !e.content)) fail('format', 'an event has no content');
  return report(checkpoint?.treeSize ?? null);

  function checkConsistency(fromNote: string, proof: string[], check: CheckName): void {
    const from = openNote(fromNote, key);
    if (!from.ok || !checkpoint) {
      fail(
        check,
        `the earlier checkpoint in the export does not verify: ${from.ok ? '' : from.reason}`,
      );
      return;
    }
    const f = parseCheckpoint(from.text);
    const result = verifyConsistency(
      f.treeSize,
      checkpoint.treeSize,
      proof.map(unhex),
      f.rootHash,
      checkpoint.rootHash,
    );
    if (result.ok) {
      pass(
        check,
        `the tree of ${checkpoint.treeSize} extends the earlier tree of ${f.treeSize} (append only)`,
      );
    } else {
      fail(
        check,
        `the tree of ${checkpoint.treeSize} is not an extension of the earlier tree of ${f.treeSize}: ${result.reason}`,
        { treeSize: f.treeSize },
      );
    }
  }
}
