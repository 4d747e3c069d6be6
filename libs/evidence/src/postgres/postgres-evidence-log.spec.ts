import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { runMigrations } from '@app/database';
import {
  EventToAppend,
  PostgresEventStore,
  createPostgresEventStore,
  eventStoreMigrations,
} from '@app/event-store';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { leafHashOf } from '../leaf/evidence-leaf';
import { MemoryTree } from '../merkle/memory-tree';
import { verifyConsistency, verifyInclusion } from '../merkle/merkle-verify';
import { parseCheckpoint } from '../note/checkpoint';
import { formatVerifierKey, parseVerifierKey, rawPublicKey } from '../note/ed25519-key';
import { openNote } from '../note/signed-note';
import { evidenceMigrations } from './migrations';
import { PostgresEvidenceLog } from './postgres-evidence-log';

const event = (type: string, data: unknown = {}): EventToAppend => ({
  eventId: randomUUID(),
  type,
  schemaVersion: 1,
  data,
  occurredAt: '2023-04-26',
  metadata: { actor: 'finance-desk', correlationId: randomUUID(), causationId: null },
});

describe('PostgresEvidenceLog (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let pool: Pool;
  const signer = {
    name: 'ledger.test/evidence',
    privateKey: generateKeyPairSync('ed25519').privateKey,
  };
  const key = parseVerifierKey(formatVerifierKey(signer.name, rawPublicKey(signer.privateKey)));
  const log = () =>
    new PostgresEvidenceLog(pool, store, { origin: signer.name, signer, batchSize: 7 });

  /** The tree the log must equal: every stored event, in global order, hashed as a leaf. */
  async function expectedTree(): Promise<MemoryTree> {
    const tree = new MemoryTree();
    for (const e of await store.readAll({ limit: 100_000 })) {
      tree.appendLeafHash(leafHashOf({ content: e, recordedAt: e.recordedAt, chainHash: e.hash }));
    }
    return tree;
  }

  beforeAll(async () => {
    db = await createTestDatabase('evidence_log');
    await runMigrations(db.url, [...eventStoreMigrations, ...evidenceMigrations]);
    store = createPostgresEventStore({ url: db.url });
    pool = new Pool({ connectionString: db.url, max: 6 });
  });

  afterAll(async () => {
    await pool?.end();
    await store?.close();
    await db?.drop();
  });

  it('given events in several streams, the log holds one leaf per event in global order and the same root as an in-memory tree', async () => {
    for (let i = 0; i < 5; i++) {
      await store.appendToStream(
        `contract-a${i}`,
        [event('ContractSigned'), event('InvoiceReceived')],
        {
          expectedRevision: 'no_stream',
        },
      );
    }
    const evidence = log();
    expect(await evidence.catchUp()).toBe(10);
    const tree = await expectedTree();
    for (const size of [1, 2, 3, 7, 8, 10]) {
      expect(Buffer.from(await evidence.root(size)).toString('hex')).toBe(
        Buffer.from(tree.root(size)).toString('hex'),
      );
    }
    expect(await evidence.treeSize()).toBe(10);
  });

  it('appenders racing over new events never skip or repeat one (dense leaf indexes, one leaf per position)', async () => {
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        store.appendToStream(
          `contract-b${i}`,
          [event('ContractSigned'), event('PaymentRecorded')],
          {
            expectedRevision: 'no_stream',
          },
        ),
      ),
    );
    await Promise.all([log().catchUp(), log().catchUp(), log().catchUp()]);
    const { rows } = await pool.query<{ n: string; max: string; positions: string }>(
      'SELECT count(*)::text AS n, max(leaf_index)::text AS max, count(DISTINCT position)::text AS positions FROM evidence.leaves',
    );
    expect(rows[0]).toEqual({ n: '22', max: '21', positions: '22' });
    const tree = await expectedTree();
    expect(Buffer.from(await log().root(22)).equals(Buffer.from(tree.root()))).toBe(true);
  });

  it('proves any event included and any earlier size consistent, from the stored nodes', async () => {
    const evidence = log();
    const tree = await expectedTree();
    const root = tree.root();
    const proofs = await evidence.inclusionProofs([0, 5, 21], 22);
    for (const [i, index] of [0, 5, 21].entries()) {
      expect(verifyInclusion(index, 22, tree.node(0, index), proofs[i], root)).toEqual({
        ok: true,
      });
    }
    for (const from of [1, 3, 10, 16, 22]) {
      const proof = await evidence.consistencyProof(from, 22);
      expect(verifyConsistency(from, 22, proof, tree.root(from), root)).toEqual({ ok: true });
    }
  });

  it('signs checkpoints in the C2SP format, keeps every one, and a scheduled one only when the log grew', async () => {
    const evidence = log();
    const first = await evidence.signCheckpoint('scheduled', true);
    expect(first).not.toBeNull();
    expect(await evidence.signCheckpoint('scheduled', true)).toBeNull();
    const opened = openNote(first!.note, key);
    expect(opened.ok).toBe(true);
    const checkpoint = parseCheckpoint(opened.ok ? opened.text : '');
    expect(checkpoint).toMatchObject({ origin: signer.name, treeSize: 22 });
    expect(checkpoint.rootHash.equals(Buffer.from((await expectedTree()).root()))).toBe(true);
    await store.appendToStream('contract-c', [event('ContractSigned')], {
      expectedRevision: 'no_stream',
    });
    await evidence.catchUp();
    const second = await evidence.signCheckpoint('scheduled', true);
    expect(second?.treeSize).toBe(23);
    await evidence.signCheckpoint('on-demand');
    expect((await evidence.checkpoints(10)).map((c) => [c.treeSize, c.reason])).toEqual([
      [23, 'on-demand'],
      [23, 'scheduled'],
      [22, 'scheduled'],
    ]);
  });

  it('refuses to change or delete a leaf, a node or a checkpoint', async () => {
    await expect(
      pool.query('UPDATE evidence.leaves SET revision = 9 WHERE leaf_index = 0'),
    ).rejects.toThrow(/append-only/);
    await expect(pool.query('DELETE FROM evidence.nodes')).rejects.toThrow(/append-only/);
    await expect(pool.query('TRUNCATE evidence.checkpoints')).rejects.toThrow(/append-only/);
  });
});
