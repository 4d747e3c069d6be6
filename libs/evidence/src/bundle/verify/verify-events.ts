import { GENESIS_CHAIN_HASH, hashEvent } from '../../leaf/evidence-leaf';
import { verifyInclusion } from '../../merkle/merkle-verify';
import { Checkpoint } from '../../note/checkpoint';
import { EvidenceBundle } from '../evidence-bundle';
import { Findings } from './verify-findings';

const unhex = (s: string) => Buffer.from(s, 'hex');

/**
 * The stream chain, revision by revision from 0, and the inclusion of every event in the signed
 * tree (when the checkpoint verified); then the leaves of this stream the log holds but the export
 * has no event for.
 */
export function verifyEvents(
  bundle: EvidenceBundle,
  checkpoint: Checkpoint | undefined,
  findings: Findings,
): void {
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
      findings.fail(
        'revisions',
        `event ${content.eventId} belongs to stream ${content.streamId}`,
        where,
      );
      chainOk = false;
    }
    if (content.revision !== i) {
      findings.fail(
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
      findings.fail(
        'chain',
        `revision ${content.revision} (${content.type}, event ${content.eventId}): its content or its place ` +
          'no longer matches its stream-chain hash (changed, removed before it, or reordered)',
        where,
      );
      chainOk = false;
    }
    previous = event.chainHash;
    if (event.leafIndex <= lastLeaf) {
      findings.fail(
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
        findings.fail(
          'inclusion',
          `revision ${content.revision} (${content.type}, event ${content.eventId}) is not proven included at leaf ` +
            `${event.leafIndex} of the signed tree of ${checkpoint.treeSize}: ${result.reason}`,
          { ...where, treeSize: checkpoint.treeSize },
        );
        inclusionOk = false;
      }
    }
  });
  const last = bundle.events.length - 1;
  if (chainOk) findings.pass('chain', `stream chain intact over revisions 0-${last}`);
  if (chainOk) findings.pass('revisions', `no revision missing between 0 and ${last}`);
  if (checkpoint && inclusionOk) {
    findings.pass(
      'inclusion',
      `all ${bundle.events.length} events included in the signed tree of ${checkpoint.treeSize}`,
    );
  }

  if (bundle.absent.length === 0) {
    findings.pass('absent', 'every leaf of this stream in the log has its event in the export');
  }
  for (const a of bundle.absent) {
    findings.fail(
      'absent',
      `the log holds leaf ${a.leafIndex} for revision ${a.revision} (event ${a.eventId}) but the store no longer returns that event`,
      { revision: a.revision, eventId: a.eventId, leafIndex: a.leafIndex },
    );
  }
}
