import {
  ProjectionGroupRunner,
  foldInMemory,
  liveTarget,
  rebuildProjections,
  type ReadModelRow,
} from '@app/projections';
import { READ_MODEL_TABLES } from '../entities';
import type { Columns } from '../tables/read-model-table';
import { ALL_PROJECTIONS } from './index';
import {
  createProjectionTestDb,
  type ProjectionTestDb,
} from './testing/projection-test-db.helpers';
import { history000, history001, history002 } from './testing/reference-histories.fixtures';

/** Every projection table, ordered by key, as JSON: what "the read model" is. */
async function dump(t: ProjectionTestDb): Promise<string> {
  const tables = await Promise.all([
    ...ALL_PROJECTIONS.map((p) => t.rows(`SELECT * FROM ${p.table} ORDER BY ${p.key}`)),
    // Child rows (the obligations of each contract) are the runner's writes too.
    ...ALL_PROJECTIONS.filter((p) => p.children).map((p) =>
      t.rows(`SELECT * FROM ${p.children!.table} ORDER BY 1`),
    ),
  ]);
  return JSON.stringify(tables);
}

/** A row as compared across the two: timestamps as instants (pg gives them in its own format). */
function comparable(table: string, row: ReadModelRow): ReadModelRow {
  const spec = READ_MODEL_TABLES.find((t) => t.name === table)!;
  const columns = spec.columns as Columns;
  return Object.fromEntries(
    Object.entries(row).map(([name, value]) => [
      name,
      columns[name]?.sql === 'timestamp with time zone' && typeof value === 'string'
        ? new Date(value).toISOString()
        : value,
    ]),
  );
}

describe('the real projections, crashed and resumed (real PostgreSQL)', () => {
  let t: ProjectionTestDb;

  beforeAll(async () => {
    t = await createProjectionTestDb('resume');
    await t.append('c-000', history000());
    await t.append('c-001', history001());
    await t.append('c-002', history002());
  });

  afterAll(() => t.close());

  it('a crash before commit leaves every table at its checkpoint; resuming equals a clean replay', async () => {
    const log = await t.store.readAll({ limit: 1000 });
    const thirdBatch = log[11].position; // batches of 4: the third ends with the 12th event
    const crashing = new ProjectionGroupRunner(t.store, t.pool, ALL_PROJECTIONS.map(liveTarget), {
      batchSize: 4,
      beforeCommit: async (last) => {
        if (last >= thirdBatch) throw new Error('simulated crash before commit');
      },
    });
    await expect(crashing.catchUp()).rejects.toThrow('simulated crash');
    const checkpoint = await crashing.checkpoint();
    const covered = (await t.store.readAll({ limit: 1000 })).filter(
      (e) => e.position <= checkpoint!,
    );
    expect(covered).toHaveLength(8); // exactly the two committed batches
    const partial = await t.rows<{ n: string }>('SELECT count(*)::text AS n FROM rm_ledger_lines');
    // 000's first 8 events: 3 schedule lines, invoice, 2 payments, the reversal, penalty, invoice
    expect(partial[0].n).toBe('9');

    await new ProjectionGroupRunner(t.store, t.pool, ALL_PROJECTIONS.map(liveTarget), {
      batchSize: 4,
    }).catchUp();
    const resumed = await dump(t);
    await rebuildProjections(t.store, t.pool, ALL_PROJECTIONS);
    expect(await dump(t)).toBe(resumed);
  });

  it('the tables in PostgreSQL hold exactly what the pure fold computes (what the given/then specs check)', async () => {
    await new ProjectionGroupRunner(t.store, t.pool, ALL_PROJECTIONS.map(liveTarget)).catchUp();
    const log = await t.store.readAll({ limit: 1000 });
    for (const p of ALL_PROJECTIONS) {
      const byKey = (a: ReadModelRow, b: ReadModelRow) =>
        String(a[p.key]) < String(b[p.key]) ? -1 : 1;
      const stored = (await t.rows(`SELECT * FROM ${p.table}`)).sort(byKey);
      const folded = [...foldInMemory(p, log).entries()].sort(([a], [b]) => (a < b ? -1 : 1));
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.map((r) => comparable(p.table, r))).toEqual(
        folded.map(([, r]) => comparable(p.table, r)),
      );
      expect(stored.map((r) => r[p.key])).toEqual(folded.map(([key]) => key));
      if (!p.children) continue;
      const children = p.children;
      const childKey = Object.keys(children.of(folded[0][1])[0] ?? { id: 0 })[0];
      const byChild = (a: ReadModelRow, b: ReadModelRow) =>
        String(a[childKey]) < String(b[childKey]) ? -1 : 1;
      const storedChildren = (await t.rows(`SELECT * FROM ${children.table}`)).sort(byChild);
      const expected = folded.flatMap(([, r]) => children.of(r)).sort(byChild);
      expect(storedChildren.length).toBeGreaterThan(0);
      expect(storedChildren).toEqual(expected);
    }
  });
});
