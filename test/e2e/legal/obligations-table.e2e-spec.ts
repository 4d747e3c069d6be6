import { ProjectorService, type PortfolioObligation } from '@app/read-models';
import { syntheticContract } from '@app/read-models/projections/testing/synthetic-contracts.fixtures';
import { seedReferenceContracts } from '../../../apps/api/src/seeding';
import { ObligationsService } from '../../../apps/api/src/legal/obligations/obligations.service';
import { startFinanceApi, type FinanceApi } from '../read-models/finance-api';

/**
 * Issue 11: GET /obligations reads the obligations projection (rm_obligations) and decides open
 * or missed in SQL at asOf; the per-contract fold (obligationsAsOf over each stream) is the rule.
 * On the five reference contracts and on generated ones, at dates before, at and after their
 * deadlines, the table's answer (computedFrom projections, or projections+stream for contracts
 * with facts dated after asOf) equals the fold of every stream (?knownAt=now: computedFrom
 * stream), obligation by obligation — and a paged walk equals one page.
 */
describe('obligations across contracts: the table agrees with the fold', () => {
  let api: FinanceApi;
  let service: ObligationsService;
  const GENERATED = 12;

  beforeAll(async () => {
    api = await startFinanceApi();
    const reports = await seedReferenceContracts(api.app);
    let last = reports.map((r) => BigInt(r.position ?? 0)).reduce((a, b) => (a > b ? a : b), 0n);
    for (let n = 0; n < GENERATED; n++) {
      // Lives cut short at different points, so that deadlines fall after their last fact.
      const { contractId, events } = syntheticContract(n * 17);
      const kept = n % 3 === 0 ? events : events.slice(0, 2 + ((n * 5) % (events.length - 2)));
      last = BigInt(await api.append(contractId, kept, 7));
    }
    expect(await api.app.get(ProjectorService).waitFor(last, 60_000)).toBe(true);
    service = api.app.get(ObligationsService);
  }, 180_000);

  afterAll(() => api?.close());

  const all = async (
    asOf: string,
    knownAt?: string,
    limit = 1000,
    filter: Record<string, string> = {},
  ) => {
    const out: PortfolioObligation[] = [];
    let cursor: string | undefined;
    let basis;
    do {
      const page = await service.page(asOf, knownAt ? { knownAt } : {}, filter, limit, cursor);
      out.push(...page.obligations);
      basis = page.basis;
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return { obligations: out, basis };
  };

  it.each([
    '2021-06-30',
    '2022-03-31',
    '2022-07-21',
    '2022-10-19',
    '2022-12-31',
    '2023-06-01',
    '2023-07-20',
    '2024-01-09',
    '2026-12-01',
  ])('as of %s', async (asOf) => {
    const table = await all(asOf);
    const fold = await all(asOf, new Date().toISOString());
    expect(fold.basis.computedFrom).toBe('stream');
    expect(table.basis.computedFrom).toMatch(/^projections/);
    expect(table.obligations).toEqual(fold.obligations);
    // Paged by whole contracts, the walk gives the same list.
    expect((await all(asOf, undefined, 5)).obligations).toEqual(table.obligations);
  });

  it('agrees on the days the stored rows change status (each day and the day before, at or after the horizon)', async () => {
    // Every missed-from, settled and first day the table holds, where it answers exactly.
    const { rows } = await api.pool.query<{ day: string }>(
      `SELECT DISTINCT to_char(d, 'YYYY-MM-DD') AS day FROM (
         SELECT unnest(ARRAY[missed_from, missed_from - 1, settled_on, settled_on - 1,
                             visible_from, visible_from - 1]) AS d, exact_from FROM rm_obligations) x
        WHERE d IS NOT NULL AND d >= exact_from ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThan(5);
    const step = Math.max(1, Math.floor(rows.length / 12));
    const days = rows.filter((_, i) => i % step === 0).map((r) => r.day);
    let fromTable = 0;
    for (const asOf of days) {
      const table = await all(asOf);
      const fold = await all(asOf, new Date().toISOString());
      expect({ asOf, obligations: table.obligations }).toEqual({
        asOf,
        obligations: fold.obligations,
      });
      fromTable += table.obligations.length > 0 && table.basis.foldedContracts < 17 ? 1 : 0;
    }
    expect(fromTable).toBeGreaterThan(days.length / 2);
  }, 300_000);

  it('filters each status in SQL exactly as statusAt decides it (the status compared column by column), on the days rows change', async () => {
    const { rows } = await api.pool.query<{ day: string }>(
      `SELECT DISTINCT to_char(d, 'YYYY-MM-DD') AS day FROM (
         SELECT unnest(ARRAY[missed_from, missed_from - 1, settled_on, settled_on - 1]) AS d
           FROM rm_obligations) x
        WHERE d IS NOT NULL ORDER BY 1`,
    );
    const step = Math.max(1, Math.floor(rows.length / 8));
    const days = [...rows.filter((_, i) => i % step === 0).map((r) => r.day), '2026-12-01'];
    const seen = new Set<string>();
    for (const asOf of days) {
      const everything = (await all(asOf)).obligations;
      for (const status of ['open', 'missed', 'met', 'deemed', 'waived', 'excused']) {
        for (const party of [undefined, 'client', 'supplier']) {
          const filter: Record<string, string> = party ? { status, party } : { status };
          const filtered = (await all(asOf, undefined, 7, filter)).obligations;
          expect({ asOf, filter, obligations: filtered }).toEqual({
            asOf,
            filter,
            obligations: everything.filter(
              (o) => o.status === status && (party === undefined || o.party === party),
            ),
          });
          if (filtered.length > 0) seen.add(status);
        }
      }
    }
    expect([...seen].sort()).toEqual(expect.arrayContaining(['met', 'missed', 'open']));
  }, 300_000);

  it('today every contract is answered from the table, with statuses that change with the day', async () => {
    const today = await all('2026-12-01');
    expect(today.basis).toMatchObject({ computedFrom: 'projections', foldedContracts: 0 });
    expect(today.obligations.length).toBeGreaterThan(20);
    const statuses = new Set(today.obligations.map((o) => o.status));
    expect(statuses.has('met')).toBe(true);
    expect(statuses.has('missed')).toBe(true);
  });

  it('filters in SQL as the fold filters: the client’s missed obligations, due in 2022', async () => {
    const f = {
      party: 'client',
      status: 'missed',
      dueAfter: '2022-01-01',
      dueBefore: '2022-12-31',
    };
    const table = await service.page('2026-12-01', {}, f, 1000, undefined);
    const fold = await service.page(
      '2026-12-01',
      { knownAt: new Date().toISOString() },
      f,
      1000,
      undefined,
    );
    expect(table.obligations.length).toBeGreaterThan(0);
    expect(table.obligations).toEqual(fold.obligations);
    expect(table.obligations.every((o) => o.party === 'client' && o.status === 'missed')).toBe(
      true,
    );
  });

  it('GET /obligations states its basis (legal)', async () => {
    const res = await api.get('/obligations?asOf=2026-12-01&limit=3', 'legal').expect(200);
    expect(res.body.basis).toMatchObject({ computedFrom: 'projections', foldedContracts: 0 });
    expect(res.body.basis.position).toMatch(/^\d+$/);
    expect(res.body.page.nextCursor).toEqual(expect.any(String));
  });
});
