import { chinaCalendar } from '../calendar/china.calendar';
import { dueDateAfter, resolveDueDate } from './due-date.calc';
import { servicePeriodFromMonths } from './service-period.calc';

const cal = chinaCalendar();

describe('due dates', () => {
  it('000 第五条1: a fixed date — "于 2022 年 5 月 31 日前"', () => {
    expect(resolveDueDate({ kind: 'fixed-date', date: '2022-05-31' }, {}, cal)).toEqual({
      dueDate: '2022-05-31',
      awaiting: null,
      calendarVersion: null,
    });
  });

  it('003 第三条(1): 10 working days after the invoice; invoice 2022-09-30 → 2022-10-19 across National Day', () => {
    const rule = {
      kind: 'after-event',
      event: 'invoice',
      window: { days: 10, unit: 'working' },
    } as const;
    expect(resolveDueDate(rule, {}, cal)).toEqual({
      dueDate: null,
      awaiting: 'invoice',
      calendarVersion: null,
    });
    expect(resolveDueDate(rule, { events: { invoice: '2022-09-30' } }, cal)).toEqual({
      dueDate: '2022-10-19',
      awaiting: null,
      calendarVersion: cal.dataVersion,
    });
  });

  it('001 4.2: second payment once 8 months of service are complete (2023-03-06), paid within 30 working days of confirmation', () => {
    const servicePeriod = servicePeriodFromMonths('2022-07-06', 12);
    expect(
      resolveDueDate({ kind: 'after-service-months', months: 8 }, { servicePeriod }, cal).dueDate,
    ).toBe('2023-03-06');
    // confirmed 2023-03-10 (Fri): 3/13–17 (5), 3/20–24 (10), 3/27–31 (15), 4/3–4 (17; 4/5 清明 off), 4/6–7 (19),
    // 4/10–14 (24), 4/17–21 (29), then Sunday 4/23, a make-up working day for Labour Day (30)
    const payment = {
      kind: 'after-event',
      event: 'confirmation',
      window: { days: 30, unit: 'working' },
    } as const;
    expect(resolveDueDate(payment, { events: { confirmation: '2023-03-10' } }, cal).dueDate).toBe(
      '2023-04-23',
    );
  });

  it('calendar-day windows are plain arithmetic; Civil Code art. 203 roll-forward only on request', () => {
    expect(dueDateAfter('2022-09-25', { days: 10, unit: 'calendar' }, cal)).toBe('2022-10-05');
    // 10-05 is inside the National Day break → the day after the break, make-up Saturday 10-08
    expect(
      dueDateAfter(
        '2022-09-25',
        { days: 10, unit: 'calendar', rollForwardToWorkingDay: true },
        cal,
      ),
    ).toBe('2022-10-08');
  });

  it('rejects a negative window', () => {
    expect(() => dueDateAfter('2022-09-25', { days: -1, unit: 'calendar' }, cal)).toThrow(
      expect.objectContaining({ code: 'INVALID_WINDOW' }),
    );
  });
});
