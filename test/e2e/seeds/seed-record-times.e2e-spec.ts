import { streamIdFor } from '@app/domain';
import { EventStore, RecordedEvent } from '@app/event-store';
import request from 'supertest';
import { seedReferenceContracts, SeedReport } from '../../../apps/api/src/seeding';
import { LEGAL_KEY, SeedTestApp, startSeedTestApp } from './seeded-ledger';

type Entry = Record<string, any>;

/**
 * Issue 11: the seeds are recorded at their story's times (apps/api/src/seeding/
 * seed-record-times.ts), so `?knownAt=` means something on them. 000 (第五条 1: 首款 565,000.00
 * by 2022-05-31): the treasury pays on 2022-05-26 and the clerk keys ¥56,500.00 (recorded that
 * evening, 18:00 China time); the correction to ¥565,000.00 is dated 2022-05-27 but keyed in at
 * the June close, 2022-06-17 16:30 China time (08:30Z).
 */
describe('seeds recorded at their story times (issue 11)', () => {
  let t: SeedTestApp;
  let first: SeedReport[];
  let second: SeedReport[];
  let loadStarted: number;
  const streams = new Map<string, RecordedEvent[]>();
  const id000 = () => t.seeds.find((s) => s.key === '000')!.contract.contractId;
  const readStreams = async () => {
    const store = t.app.get(EventStore);
    for (const seed of t.seeds) {
      streams.set(seed.key, await store.readStream(streamIdFor(seed.contract.contractId)));
    }
  };

  beforeAll(async () => {
    t = await startSeedTestApp();
    loadStarted = Date.now();
    first = await seedReferenceContracts(t.app);
    await readStreams();
    second = await seedReferenceContracts(t.app);
  }, 120_000);

  afterAll(() => t?.close());

  const get = (path: string) =>
    request(t.app.getHttpServer()).get(path).set('Authorization', `Bearer ${LEGAL_KEY}`);
  const timeline = async (knownAt: string) =>
    (await get(`/contracts/${id000()}/timeline?knownAt=${knownAt}`).expect(200)).body as {
      entries: Entry[];
      basis: Entry;
    };
  const payment = (entries: Entry[]): Entry =>
    entries.find(
      (e) => e.entry === 'event' && e.type === 'PaymentRecorded' && e.date === '2022-05-26',
    )!;
  const firstDue = (entries: Entry[]): Entry =>
    entries.find(
      (e) => e.entry === 'derived' && e.kind === 'installmentDue' && e.subject === 'first',
    )!;

  // Between the mistyped payment (2022-05-26T10:00Z) and its correction (2022-06-17T08:30Z).
  const between = '2022-06-01T00:00:00Z';
  const after = '2022-06-18T00:00:00Z';

  it('records every step backdated, none at load time, none in the future', () => {
    expect(first.map((r) => [r.key, r.recordedAtLoadTime, r.failure])).toEqual(
      t.seeds.map((s) => [s.key, 0, null]),
    );
    for (const events of streams.values()) {
      for (const e of events) expect(Date.parse(e.recordedAt)).toBeLessThan(loadStarted);
    }
  });

  it('record times rise with the revisions of each stream and with the global order', () => {
    const all = [...streams.values()].flat();
    for (const events of streams.values()) {
      const times = events.map((e) => e.recordedAt);
      expect(times).toEqual([...times].sort());
    }
    const byPosition = [...all].sort((a, b) => (a.position < b.position ? -1 : 1));
    const times = byPosition.map((e) => Date.parse(e.recordedAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    // 002 (signed 2021-07-06) was loaded first, though it is third in key order.
    expect(byPosition[0].streamId).toBe(
      streamIdFor(t.seeds.find((s) => s.key === '002')!.contract.contractId),
    );
    // Each step at 18:00 China time on its business day, unless its history says otherwise.
    const e000 = streams.get('000')!;
    expect(e000[0]).toMatchObject({ occurredAt: '2022-02-28' });
    expect(e000[0].recordedAt).toBe('2022-02-28T10:00:00.000Z');
    expect(e000.find((e) => e.type === 'CorrectionRecorded')!.recordedAt).toBe(
      '2022-06-17T08:30:00.000Z',
    );
  });

  it('a second run changes nothing: every step skipped, the record times kept', async () => {
    expect(second.map((r) => [r.key, r.applied, r.recordedAtLoadTime, r.revision])).toEqual(
      first.map((r) => [r.key, 0, 0, r.revision]),
    );
    const before = new Map(streams);
    await readStreams();
    for (const [key, events] of streams) {
      expect(events.map((e) => [e.eventId, e.recordedAt, e.hash])).toEqual(
        before.get(key)!.map((e) => [e.eventId, e.recordedAt, e.hash]),
      );
    }
  });

  it('known between the payment and its correction: the timeline shows the earlier belief', async () => {
    const { entries, basis } = await timeline(between);
    expect(Date.parse(basis.knownAt)).toBe(Date.parse(between));
    const paid = payment(entries);
    expect(paid).toMatchObject({ recordedAt: '2022-05-26T10:00:00.000Z', correctedBy: [] });
    expect(paid.data.amount).toBe('56500.00');
    expect(paid.money.received).toBe('56500.00');
    expect(entries.filter((e) => e.type === 'CorrectionRecorded')).toEqual([]);
    // 第五条 1: 565,000.00 by 2022-05-31, only 56,500.00 known paid → overdue from 06-01.
    expect(firstDue(entries)).toMatchObject({ outcome: 'missed', outcomeOn: '2022-06-01' });
    expect(firstDue(entries).description).toContain('508500.00 outstanding');
  });

  it('known after the correction: the corrected amount, and who corrected what, when and why', async () => {
    const { entries } = await timeline(after);
    const paid = payment(entries);
    expect(paid.correctedBy).toEqual([
      expect.objectContaining({
        correctionId: 'corr-000-1',
        action: 'amend',
        actor: 'seed:finance',
        occurredAt: '2022-05-27',
        recordedAt: '2022-06-17T08:30:00.000Z',
      }),
    ]);
    const correction = entries.find((e) => e.type === 'CorrectionRecorded');
    expect(correction).toMatchObject({ recordedAt: '2022-06-17T08:30:00.000Z' });
    // Paid in full on 2022-05-26 as corrected: met that day, before the 05-31 deadline.
    expect(firstDue(entries)).toMatchObject({ outcome: 'met', outcomeOn: '2022-05-26' });
  });

  it('the payment schedule on both axes: as of 2022-06-30, known before and after the correction', async () => {
    const paidOfFirst = async (knownAt: string) => {
      const res = await get(
        `/contracts/${id000()}/payment-schedule?asOf=2022-06-30&knownAt=${knownAt}`,
      ).expect(200);
      return res.body.installments.find((i: Entry) => i.installmentId === 'first').paid;
    };
    expect(await paidOfFirst(between)).toBe('56500.00');
    expect(await paidOfFirst(after)).toBe('565000.00');
  });
});
