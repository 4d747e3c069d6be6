import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from '@app/database/migrations';
import { eventStoreMigrations } from '@app/event-store/postgres/migrations';
import type { RecordedEvent } from '@app/event-store';
import { createTestDatabase } from '../../../../test/support/test-database';
import { feedMigrations } from '../migrations';
import { FEED_CHANNEL, SEQUENCE_BATCH, sequenceBatchParams } from './feed-sequencer.queries';

const event = (position: bigint, revision: number): RecordedEvent =>
  ({
    position,
    eventId: randomUUID(),
    streamId: 'contract-000',
    revision,
    type: 'PaymentRecorded',
    recordedAt: '2026-12-05T03:00:00.000Z',
  }) as RecordedEvent;

describe('SEQUENCE_BATCH: numbering a batch and announcing it in one statement', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let writer: Client;
  let listener: Client;
  const heard: string[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('feed_sequence_batch');
    await runMigrations(db.url, [...eventStoreMigrations, ...feedMigrations]);
    writer = new Client({ connectionString: db.url });
    listener = new Client({ connectionString: db.url });
    await Promise.all([writer.connect(), listener.connect()]);
    listener.on('notification', (n) => heard.push(n.payload ?? ''));
    await listener.query(`LISTEN ${FEED_CHANNEL}`);
  });
  afterAll(async () => {
    await Promise.all([writer?.end(), listener?.end()]);
    await db?.drop();
  });

  const heardAfter = async (count: number) => {
    for (let i = 0; i < 100 && heard.length < count; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    return [...heard];
  };

  it('numbers the batch after the last number and announces the new highest number', async () => {
    const batch = [event(65536n, 0), event(65537n, 1), event(131072n, 2)];
    const { rows } = await writer.query(SEQUENCE_BATCH, sequenceBatchParams(0n, batch));
    expect(rows).toEqual([{ numbered: 3, announced: '' }]);
    const seqs = await writer.query('SELECT seq, position FROM feed_sequence ORDER BY seq');
    expect(seqs.rows).toEqual([
      { seq: '1', position: '65536' },
      { seq: '2', position: '65537' },
      { seq: '3', position: '131072' },
    ]);
    expect(await heardAfter(1)).toEqual(['3']);
  });

  it('numbers nothing and announces nothing when the table moved past the given number', async () => {
    heard.length = 0;
    const { rows } = await writer.query(
      SEQUENCE_BATCH,
      sequenceBatchParams(1n, [event(196608n, 3)]),
    );
    expect(rows).toEqual([{ numbered: 0, announced: null }]);
    // A later announcement proves the listener is live, and that nothing came before it.
    await writer.query(SEQUENCE_BATCH, sequenceBatchParams(3n, [event(196608n, 3)]));
    expect(await heardAfter(1)).toEqual(['4']);
  });

  it('announces nothing for a batch that rolls back', async () => {
    heard.length = 0;
    await writer.query('BEGIN');
    await writer.query(SEQUENCE_BATCH, sequenceBatchParams(4n, [event(262144n, 4)]));
    await writer.query('ROLLBACK');
    await writer.query(SEQUENCE_BATCH, sequenceBatchParams(4n, [event(262144n, 4)]));
    expect(await heardAfter(1)).toEqual(['5']);
  });
});
