import { computeEventHash, computeEventHashV2 } from '../hash-chain';
import { makeEvent } from '../testing/event-store.contract';
import { eventsOf, pgStreamId, usePostgresStore } from '../testing/postgres-store.fixture';

/**
 * Tamper detection (issue 17 item 8): rows changed through SQL with the append-only trigger
 * bypassed (session_replication_role = replica, as only a superuser can), then verifyStream must
 * name the first event whose stored content no longer matches its own hash.
 */
describe('PostgresEventStore tamper detection', () => {
  const pg = usePostgresStore('es_tamper');

  describe('tamper detection', () => {
    /** Bypasses the append-only trigger the way only a superuser can. */
    async function tamper(sql: string, params: unknown[]): Promise<void> {
      await pg.admin.query('BEGIN');
      try {
        await pg.admin.query('SET LOCAL session_replication_role = replica');
        await pg.admin.query(sql, params);
        await pg.admin.query('COMMIT');
      } catch (error) {
        await pg.admin.query('ROLLBACK');
        throw error;
      }
    }
    async function fiveEventStream(): Promise<string> {
      const id = pgStreamId('tamper');
      await pg.store.appendToStream(id, eventsOf('E0', 'E1', 'E2'), {
        expectedRevision: 'no_stream',
      });
      await pg.store.appendToStream(id, eventsOf('E3', 'E4'), { expectedRevision: 2 });
      return id;
    }

    it('reports changed data as a content mismatch at that revision', async () => {
      const id = await fiveEventStream();
      await tamper(
        `UPDATE event_store.events SET data = '{"value":"forged"}' WHERE stream_id = $1 AND revision = 2`,
        [id],
      );
      await expect(pg.store.verifyStream(id)).resolves.toMatchObject({
        ok: false,
        firstBadRevision: 2,
        reason: 'content_mismatch',
      });
    });

    it('reports changed metadata of the last event as a content mismatch', async () => {
      const id = await fiveEventStream();
      await tamper(
        `UPDATE event_store.events SET actor = 'mallory' WHERE stream_id = $1 AND revision = 4`,
        [id],
      );
      await expect(pg.store.verifyStream(id)).resolves.toMatchObject({
        ok: false,
        firstBadRevision: 4,
        reason: 'content_mismatch',
      });
    });

    it('reports a rewritten hash as a broken chain', async () => {
      const id = await fiveEventStream();
      await tamper(
        `UPDATE event_store.events SET hash = repeat('ab', 32) WHERE stream_id = $1 AND revision = 1`,
        [id],
      );
      await expect(pg.store.verifyStream(id)).resolves.toMatchObject({
        ok: false,
        firstBadRevision: 1,
        reason: 'chain_broken',
      });
    });

    it('reports a deleted event in the middle as a revision gap', async () => {
      const id = await fiveEventStream();
      await tamper(`DELETE FROM event_store.events WHERE stream_id = $1 AND revision = 3`, [id]);
      await expect(pg.store.verifyStream(id)).resolves.toMatchObject({
        ok: false,
        firstBadRevision: 3,
        reason: 'revision_gap',
      });
    });

    it('reports a deleted first event as a revision gap at revision 0', async () => {
      const id = await fiveEventStream();
      await tamper(`DELETE FROM event_store.events WHERE stream_id = $1 AND revision = 0`, [id]);
      await expect(pg.store.verifyStream(id)).resolves.toMatchObject({
        ok: false,
        firstBadRevision: 0,
        reason: 'revision_gap',
      });
    });

    it.each([
      ['store time', 'recorded_at', `recorded_at + interval '1 second'`, 1],
      ['store time by a microsecond', 'recorded_at', `recorded_at + interval '1 microsecond'`, 2],
      ['position', 'position', 'position + 30000', 1],
      ['position of the newest event', 'position', 'position + 30000', 4],
    ])(
      'reports a changed %s (%s) as a content mismatch at that revision',
      async (_what, column, change, revision) => {
        const id = await fiveEventStream();
        await tamper(
          `UPDATE event_store.events SET ${column} = ${change} WHERE stream_id = $1 AND revision = $2`,
          [id, revision],
        );
        await expect(pg.store.verifyStream(id)).resolves.toMatchObject({
          ok: false,
          firstBadRevision: revision,
          reason: 'content_mismatch',
        });
      },
    );

    it.each([1, 2, 3])(
      'names revision %i when it is rewritten and its own hash recomputed, not its intact successor',
      async (revision) => {
        const id = await fiveEventStream();
        const stored = (await pg.store.readStream(id)).map((e) => ({ ...e }));
        const forged = { ...stored[revision], data: { value: 'forged' } };
        const hash =
          forged.hashVersion === 2
            ? computeEventHashV2(stored[revision - 1].hash, forged)
            : computeEventHash(stored[revision - 1].hash, forged);
        await tamper(
          `UPDATE event_store.events SET data = $3, hash = $4 WHERE stream_id = $1 AND revision = $2`,
          [id, revision, JSON.stringify(forged.data), hash],
        );
        await expect(pg.store.verifyStream(id)).resolves.toMatchObject({
          ok: false,
          firstBadRevision: revision,
        });
      },
    );

    it('reports swapped events at the first position whose order no longer matches', async () => {
      const id = await fiveEventStream();
      const move = (from: number, to: number) =>
        tamper(
          `UPDATE event_store.events SET revision = $3 WHERE stream_id = $1 AND revision = $2`,
          [id, from, to],
        );
      await move(1, 1000);
      await move(2, 1);
      await move(1000, 2);
      await expect(pg.store.verifyStream(id)).resolves.toMatchObject({
        ok: false,
        firstBadRevision: 1,
      });
    });
  });

  describe('hash versions', () => {
    /** Writes events the way the store did before hash version 2 (client-side v1 hashes). */
    async function v1Stream(count: number): Promise<string> {
      const id = pgStreamId('v1');
      let previous = '0'.repeat(64);
      for (let revision = 0; revision < count; revision++) {
        const e = makeEvent(`Old${revision}`);
        const hash = computeEventHash(previous, { ...e, streamId: id, revision });
        await pg.admin.query(
          `INSERT INTO event_store.events (position, event_id, stream_id, revision, type, schema_version,
             data, occurred_at, actor, correlation_id, causation_id, hash)
           VALUES (pg_current_xact_id()::text::bigint * 65536, $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
          [
            e.eventId,
            id,
            revision,
            e.type,
            e.schemaVersion,
            JSON.stringify(e.data),
            e.occurredAt,
            e.metadata.actor,
            e.metadata.correlationId,
            e.metadata.causationId,
            hash,
          ],
        );
        previous = hash;
      }
      return id;
    }

    it('keeps verifying version-1 events, and chains version-2 appends onto them', async () => {
      const id = await v1Stream(3);
      await pg.store.appendToStream(id, eventsOf('New3', 'New4'), { expectedRevision: 2 });
      const read = await pg.store.readStream(id);
      expect(read.map((e) => e.hashVersion)).toEqual([1, 1, 1, 2, 2]);
      await expect(pg.store.verifyStream(id)).resolves.toEqual({
        streamId: id,
        ok: true,
        eventsChecked: 5,
      });
      const { rows } = await pg.admin.query(
        `SELECT encode(previous_hash, 'hex') AS p FROM event_store.events WHERE stream_id = $1 AND revision = 3`,
        [id],
      );
      expect(rows[0].p).toBe(read[2].hash);
    });

    it('still detects a changed version-1 event in a mixed stream', async () => {
      const id = await v1Stream(3);
      await pg.store.appendToStream(id, eventsOf('New3'), { expectedRevision: 2 });
      await pg.admin.query('BEGIN');
      await pg.admin.query('SET LOCAL session_replication_role = replica');
      await pg.admin.query(
        `UPDATE event_store.events SET type = 'Forged' WHERE stream_id = $1 AND revision = 2`,
        [id],
      );
      await pg.admin.query('COMMIT');
      await expect(pg.store.verifyStream(id)).resolves.toMatchObject({
        ok: false,
        firstBadRevision: 2,
        reason: 'content_mismatch',
      });
    });

    it('refuses a version-2 row without the hash it chained on (check constraint)', async () => {
      const id = pgStreamId('check');
      await pg.store.appendToStream(id, eventsOf('A'), { expectedRevision: 'no_stream' });
      await expect(
        pg.admin.query(
          `INSERT INTO event_store.events (position, event_id, stream_id, revision, type, schema_version,
             data, occurred_at, actor, correlation_id, hash, hash_version)
           VALUES (1, gen_random_uuid(), $1, 1, 'X', 1, '{}', '2025-01-01', 'a', 'c', 'h', 2)`,
          [id],
        ),
      ).rejects.toThrow(/events_hash_version_check/);
    });
  });
});
