import {
  appendReferenceHistories,
  readView,
  startFinanceApi,
  type FinanceApi,
} from '../read-models/finance-api';

type Entry = Record<string, any>;

/**
 * GET /contracts/:id/timeline on the decided reference histories of 000, 001 and 002
 * (libs/read-models testing/reference-histories.fixtures.ts): each derived fact to the day, the
 * date worked out from the clause in the comment, on the official 2021–2023 calendars.
 */
describe('the legal timeline of the reference contracts', () => {
  let api: FinanceApi;

  beforeAll(async () => {
    api = await startFinanceApi();
    const position = await appendReferenceHistories(api);
    await readView(api, '/contracts/c-002', position);
  }, 120_000);

  afterAll(() => api?.close());

  const timeline = async (id: string, query = 'asOf=2024-12-31') =>
    (await api.get(`/contracts/${id}/timeline?${query}`, 'legal').expect(200)).body;
  const derived = (t: { entries: Entry[] }, kind: string) =>
    t.entries.filter((e) => e.entry === 'derived' && e.kind === kind);
  const fact = (e: Entry) => [e.date, e.outcome, e.outcomeOn, e.clause];

  it('000: installments met and missed, the acceptance application missed, the correction', async () => {
    const t = await timeline('c-000');
    expect(derived(t, 'installmentDue').map(fact)).toEqual([
      // 第五条 1: 首款 by 2022-05-31; paid 2022-05-27 → met that day.
      ['2022-05-31', 'met', '2022-05-27', '第五条 1'],
      // 第五条 2: 中期款 by 2022-11-30; 240,159.00 cash + 2,000.00 penalty offset on 2022-11-28.
      ['2022-11-30', 'met', '2022-11-28', '第五条 2'],
      // 第五条 3, 7: 尾款 by 2023-05-31, never paid → in default from 2023-06-01.
      ['2023-05-31', 'missed', '2023-06-01', '第五条 3, 7'],
    ]);
    // 第七条: the supplier applies within 30 working days after the service ends (第三条:
    // 2023-04-30). 2023's 劳动节 is 04-29…05-03 with 05-06 (Sat) worked: 05-04, 05-05, 05-06 (3),
    // 05-08…05-31 (21), 06-01, 06-02 (23), 06-05…06-09 (28), 06-12, 06-13 (30) → by 2023-06-13;
    // no AcceptanceApplied in this history → missed from 2023-06-14.
    const [application] = derived(t, 'acceptanceApplication');
    expect(fact(application)).toEqual(['2023-06-13', 'missed', '2023-06-14', '第七条 2']);
    expect(application.calendarVersion).toMatch(/\S/);
    expect(application.provisional).toBe(false);

    const events = t.entries.filter((e: Entry) => e.entry === 'event');
    const duplicate = events.find(
      (e: Entry) => e.type === 'PaymentRecorded' && e.date === '2022-05-28',
    );
    expect(duplicate.correctedBy).toEqual([
      expect.objectContaining({ action: 'reverse', reason: '重复录入', correctionId: 'cor-1' }),
    ]);
    const correction = events.find((e: Entry) => e.type === 'CorrectionRecorded');
    expect(correction.corrects).toEqual({
      type: 'PaymentRecorded',
      factId: 'pay-first-dup',
      eventId: duplicate.eventId,
    });
    // The money position after each: twice 565,000.00, then back to once after the reversal.
    expect(duplicate.money.received).toBe('1130000.00');
    expect(correction.money.received).toBe('565000.00');
    for (const e of events) {
      expect(e).toEqual(
        expect.objectContaining({ recordedAt: expect.any(String), actor: 'finance-e2e' }),
      );
    }
  });

  it('001: the bond deposited late, interest running, the first review concluded in time', async () => {
    const t = await timeline('c-001');
    // 4.2: bond within 10 working days of signing (2022-07-06): 07-07, 07-08, 07-11…07-15,
    // 07-18, 07-19, 07-20 → by 2022-07-20; deposited 2022-07-22 → missed from 07-21.
    expect(derived(t, 'bondDeposit').map(fact)).toEqual([
      ['2022-07-20', 'missed', '2022-07-21', '4.2'],
    ]);
    // 4.2 第一段: 项目启动款 due 2022-07-20 (the same 10 working days), unpaid.
    expect(derived(t, 'installmentDue').map(fact)).toEqual([
      ['2022-07-20', 'missed', '2022-07-21', '4.2 第一段'],
    ]);
    // 5.2: interest from the 30th working day overdue: 07-21, 07-22 (2), 07-25…07-29 (7),
    // 08-01…08-26 (27), 08-29, 08-30, 08-31 (30) → runs from 2022-08-31.
    const [interest] = derived(t, 'lateInterest');
    expect(fact(interest)).toEqual(['2022-08-31', 'missed', '2022-08-31', '5.2']);
    expect(interest.description).toContain('interest runs from 2022-08-31');
    // 6.3: 10 days to question the quarterly report received 2022-10-08 → by 2022-10-18;
    // concluded (failed) on 2022-10-14 → met; not deemed passed.
    expect(derived(t, 'reviewWindow').map(fact)).toEqual([
      ['2022-10-18', 'met', '2022-10-14', '6.3; 6.2; 15.2'],
    ]);
  });

  it('001 before the review was concluded: the window is open, then deemed passed on silence', async () => {
    // As of 2022-10-12 the report (received 10-08) is in its window; the conclusion (10-14)
    // has not happened yet.
    const open = derived(await timeline('c-001', 'asOf=2022-10-12'), 'reviewWindow');
    expect(open.map(fact)).toEqual([['2022-10-18', 'open', null, '6.3; 6.2; 15.2']]);
  });

  it('002: the cure period expired, the termination refund outstanding', async () => {
    const t = await timeline('c-002');
    // 第十二条: the breach notice of 2022-03-01 gives until 2022-03-31 to cure; no cure recorded.
    expect(derived(t, 'breachCure').map(fact)).toEqual([
      ['2022-03-31', 'missed', '2022-04-01', '第十二条'],
    ]);
    const [refund] = derived(t, 'terminationRefund');
    expect(fact(refund)).toEqual(['2022-05-15', 'missed', '2022-05-16', '第十二条']);
    expect(refund.description).toContain('outstanding, overdue since 2022-05-16');
  });

  it('kinds narrows the entries; an unknown kind is refused naming it', async () => {
    const t = await timeline('c-001', 'asOf=2024-12-31&kinds=BondDeposited,bondDeposit');
    expect(t.entries.map((e: Entry) => e.type ?? e.kind)).toEqual([
      'bondDeposit', // 2022-07-20, the deadline
      'BondDeposited', // 2022-07-22, the deposit
    ]);
    const res = await api.get('/contracts/c-001/timeline?kinds=Nonsense', 'legal').expect(400);
    expect(JSON.stringify(res.body)).toContain('Nonsense');
    await api.get('/contracts/c-001/timeline?when=2022-01-01', 'legal').expect(400);
    await api.get('/contracts/c-001/timeline', 'operator').expect(403);
  });

  it('prints as HTML for people, Chinese text intact', async () => {
    const res = await api.get('/contracts/c-000/timeline?asOf=2024-12-31', 'legal', 'text/html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(res.text).toContain('<meta charset="utf-8">');
    expect(res.text).toMatch(/font-family:"Noto Sans CJK SC"/);
    expect(res.text).toContain('重复录入');
    expect(res.text).toContain('首款');
  });

  it('obligations: 001 the supplier missed the bond deposit (settled late by the deposit)', async () => {
    const res = await api
      .get('/contracts/c-001/obligations?asOf=2024-12-31&kind=bondDeposit', 'legal')
      .expect(200);
    const events = (await api.get('/contracts/c-001/events', 'legal').expect(200)).body.events;
    const deposit = events.find((e: Entry) => e.type === 'BondDeposited');
    const signed = events.find((e: Entry) => e.type === 'ContractSigned');
    expect(res.body.obligations).toEqual([
      expect.objectContaining({
        party: 'supplier',
        kind: 'bondDeposit',
        clause: '4.2',
        dueDate: '2022-07-20',
        status: 'missed',
        since: '2022-07-21',
        amount: '117350.00',
        createdBy: [{ eventId: signed.eventId, position: signed.position }],
        settledBy: [{ eventId: deposit.eventId, position: deposit.position }],
      }),
    ]);
  });

  it('obligations across contracts: what the supplier missed, as JSON and CSV', async () => {
    const res = await api
      .get('/obligations?asOf=2024-12-31&party=supplier&status=missed', 'legal')
      .expect(200);
    expect(res.body.obligations.map((o: Entry) => [o.contractId, o.kind, o.dueDate])).toEqual([
      ['c-000', 'acceptanceApplication', '2023-06-13'],
      ['c-001', 'bondDeposit', '2022-07-20'],
      ['c-002', 'breachCure', '2022-03-31'], // the client's notice: the supplier was to cure
      ['c-002', 'terminationRefund', '2022-05-15'],
    ]);
    expect(res.body.page.nextCursor).toBeNull();
    const csv = await api.get(
      '/obligations?asOf=2024-12-31&party=supplier&status=missed',
      'finance',
      'text/csv',
    );
    expect(csv.text.split('\r\n')[0]).toContain('obligationId');
    expect(csv.text).toContain('terminationRefund');
    await api.get('/obligations?status=bogus', 'legal').expect(400);
    await api.get('/obligations?dueBefore=2023-02-30', 'legal').expect(400);
    await api.get('/obligations?owner=client', 'legal').expect(400);
  });
});
