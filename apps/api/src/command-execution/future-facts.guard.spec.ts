import { DomainError } from '@app/domain/shared/decider';
import { chinaToday, refuseFutureFacts } from './future-facts.guard';

describe('chinaToday: the date in Asia/Shanghai', () => {
  it('turns at 16:00 UTC (midnight in Beijing)', () => {
    expect(chinaToday(new Date('2026-12-04T15:59:59.999Z'))).toBe('2026-12-04');
    expect(chinaToday(new Date('2026-12-04T16:00:00.000Z'))).toBe('2026-12-05');
  });

  it('agrees with the time-zone database on every hour of 1992–2030 sampled', () => {
    const zone = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    const start = Date.UTC(1992, 0, 1);
    const end = Date.UTC(2030, 11, 31);
    // 7 h 13 min steps walk through every hour of the day across the years.
    const disagreements: string[] = [];
    for (let t = start; t < end; t += 7 * 3_600_000 + 13 * 60_000) {
      const expected = zone.format(new Date(t));
      if (chinaToday(new Date(t)) !== expected) disagreements.push(new Date(t).toISOString());
    }
    expect(disagreements).toEqual([]);
  });
});

describe('refuseFutureFacts', () => {
  it('refuses a fact dated after today in China, naming occurredAt', () => {
    const events = [{ type: 'PaymentRecorded', data: { occurredAt: '2026-12-06' } }];
    expect(() => refuseFutureFacts(events as never, '2026-12-05')).toThrow(DomainError);
    try {
      refuseFutureFacts(events as never, '2026-12-05');
    } catch (error) {
      expect((error as DomainError).code).toBe('OCCURRED_IN_FUTURE');
    }
  });

  it('accepts a fact dated today', () => {
    const events = [{ type: 'PaymentRecorded', data: { occurredAt: '2026-12-05' } }];
    expect(() => refuseFutureFacts(events as never, '2026-12-05')).not.toThrow();
  });
});
