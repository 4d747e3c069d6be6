import {
  DeadlineScheduler,
  FixedClock,
  SCHEDULER_ACTOR,
  deadlineFactId,
  deadlineRunId,
} from '@app/deadlines';
import { chinaCalendar } from '@app/domain';
import {
  appendReferenceHistories,
  readView,
  startFinanceApi,
  type FinanceApi,
} from '../read-models/finance-api';

type Entry = Record<string, any>;

/**
 * A deadline fact the scheduler recorded, on legal's timeline (issue 11): 002's breach notice of
 * 2022-03-01 (第十二条 2: 30 days to cure → cure by 2022-03-31), never cured, expired 2022-04-01
 * — shown once: the event itself, and the derived cure period naming it (`recordedAs`); known
 * before the run, the derived fact stands alone.
 */
describe('the timeline shows a recorded deadline fact once', () => {
  let api: FinanceApi;
  let knownBefore: string;
  const key = 'c-002|breachCure:bn-1|2022-03-31';

  beforeAll(async () => {
    api = await startFinanceApi();
    const position = await appendReferenceHistories(api);
    await readView(api, '/contracts/c-002', position);
    knownBefore = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20)); // record times strictly after it
    const scheduler = new DeadlineScheduler(api.store, {
      calendar: chinaCalendar,
      clock: new FixedClock('2026-12-02T01:00:00Z'),
    });
    const summary = await scheduler.runOnce({ until: '2024-12-31' });
    expect(summary.failed).toBe(0);
  }, 120_000);

  afterAll(() => api?.close());

  const timeline = async (query: string) =>
    (await api.get(`/contracts/c-002/timeline?${query}`, 'legal').expect(200)).body as {
      entries: Entry[];
    };
  const cure = (t: { entries: Entry[] }) =>
    t.entries.filter((e) => e.entry === 'derived' && e.kind === 'breachCure');

  it('as of 2024-12-31: the CurePeriodExpired event, and the derived cure period naming it', async () => {
    const t = await timeline('asOf=2024-12-31');
    const events = t.entries.filter((e) => e.entry === 'event' && e.type === 'CurePeriodExpired');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      date: '2022-04-01',
      actor: SCHEDULER_ACTOR,
      correlationId: deadlineRunId('2024-12-31'),
      causationId: deadlineFactId(key),
      clause: expect.stringContaining('第十二条'),
      data: { noticeId: 'bn-1', cureBy: '2022-03-31', factId: deadlineFactId(key) },
    });
    expect(cure(t)).toEqual([
      expect.objectContaining({
        date: '2022-03-31',
        outcome: 'missed',
        outcomeOn: '2022-04-01',
        recordedAs: expect.objectContaining({
          eventId: events[0].eventId,
          type: 'CurePeriodExpired',
        }),
      }),
    ]);
  });

  it('as of the cure-by day the period is open and nothing is recorded yet', async () => {
    const t = await timeline('asOf=2022-03-31');
    expect(t.entries.some((e) => e.type === 'CurePeriodExpired')).toBe(false);
    expect(cure(t)).toEqual([expect.objectContaining({ outcome: 'open', recordedAs: null })]);
  });

  it('known before the scheduler ran: missed, derived only', async () => {
    const t = await timeline(`asOf=2024-12-31&knownAt=${encodeURIComponent(knownBefore)}`);
    expect(t.entries.some((e) => e.type === 'CurePeriodExpired')).toBe(false);
    expect(cure(t)).toEqual([expect.objectContaining({ outcome: 'missed', recordedAs: null })]);
  });
});
