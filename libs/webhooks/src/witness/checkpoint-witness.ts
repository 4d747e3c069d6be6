import type { Pool } from 'pg';

/**
 * Checkpoints to HTTP witnesses through the webhook delivery (issue 12 "published to configurable
 * witnesses: … an HTTP endpoint (through the webhook delivery)"). A webhook endpoint that names
 * CHECKPOINT_EVENT_TYPE in its eventTypes receives every checkpoint the ledger signs from then
 * on, as a CloudEvent signed like every delivery (Standard Webhooks v1, v1a), retried and
 * dead-lettered the same way. Only endpoints that name the type get checkpoints (an endpoint
 * with no eventTypes gets every contract event type, not checkpoints), whatever their contracts.
 */
export const CHECKPOINT_EVENT_TYPE = 'cn.gov.ledger.checkpoint-signed.v1';

/** The checkpoints' own lane: delivered in order, independent of every contract's lane. */
export const CHECKPOINT_LANE = 'ledger/checkpoints';

/**
 * Checkpoint messages are numbered below every feed sequence (feed sequences start at 1) and in
 * the order the checkpoints were signed: -2^62 + checkpoint id. A replay of the feed from any
 * sequence leaves them alone.
 */
export const CHECKPOINT_SEQ_BASE = -(2n ** 62n);

export interface WitnessedCheckpoint {
  id: number;
  treeSize: number;
  rootHash: Buffer;
  /** The C2SP signed note, exactly as the ledger keeps and publishes it. */
  note: string;
  reason: string;
  createdAt: string;
}

export interface CheckpointWitnessOptions {
  /** The CloudEvents `source` (the ledger's URI, as for the feed). */
  source: string;
  /** The checkpoints' origin line (the log's name). */
  origin: string;
  /** The ledger's verifier key text, so a witness can check the note without asking. */
  verifierKey: string;
}

export interface CheckpointCloudEvent {
  specversion: '1.0';
  id: string;
  source: string;
  type: typeof CHECKPOINT_EVENT_TYPE;
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: {
    origin: string;
    treeSize: number;
    /** base64, as on the note's third line. */
    rootHash: string;
    note: string;
    verifierKey: string;
    reason: string;
  };
}

export function checkpointCloudEvent(
  checkpoint: WitnessedCheckpoint,
  options: CheckpointWitnessOptions,
): CheckpointCloudEvent {
  return {
    specversion: '1.0',
    id: `checkpoint-${checkpoint.id}`,
    source: options.source,
    type: CHECKPOINT_EVENT_TYPE,
    subject: CHECKPOINT_LANE,
    time: checkpoint.createdAt,
    datacontenttype: 'application/json',
    data: {
      origin: options.origin,
      treeSize: checkpoint.treeSize,
      rootHash: checkpoint.rootHash.toString('base64'),
      note: checkpoint.note,
      verifierKey: options.verifierKey,
      reason: checkpoint.reason,
    },
  };
}

/**
 * Enqueues a signed checkpoint for every enabled endpoint that subscribed to it; run inside the
 * transaction that stores the checkpoint, so a checkpoint is kept and queued for its witnesses
 * together or not at all. Returns how many endpoints it was queued for.
 */
export async function enqueueCheckpoint(
  db: Pick<Pool, 'query'>,
  checkpoint: WitnessedCheckpoint,
  options: CheckpointWitnessOptions,
): Promise<number> {
  const event = checkpointCloudEvent(checkpoint, options);
  const { rowCount } = await db.query(
    `INSERT INTO webhook_messages (endpoint_id, seq, contract, webhook_id, event_type, body)
     SELECT e.id, $1, $2, $3, $4, $5 FROM webhook_endpoints e
     WHERE e.enabled AND $4 = ANY (e.event_types)
     ON CONFLICT DO NOTHING`,
    [
      (CHECKPOINT_SEQ_BASE + BigInt(checkpoint.id)).toString(),
      CHECKPOINT_LANE,
      event.id,
      CHECKPOINT_EVENT_TYPE,
      JSON.stringify(event),
    ],
  );
  return rowCount ?? 0;
}
