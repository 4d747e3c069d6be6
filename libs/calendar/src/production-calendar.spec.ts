import {
  CalendarYearInvalidError,
  isProvisionalCalendarVersion,
  validateCalendarYearFile,
} from '@app/domain';
import { INVENTED_2027 } from '../../../test/e2e/calendar/invented-2027.calendar';
import { festivalDatesOf } from './festival-dates';
import { productionCalendar } from './production-calendar';

const base = productionCalendar([]);

describe('the production calendar: official years, then provisional ones (2024 revision)', () => {
  it('lunar dates from the table agree with the official 2025 and 2026 notices', () => {
    // 2025: 春节 1/29, 清明 4/4, 端午 5/31, 中秋 10/6; 2026: 2/17, 4/5, 6/19, 9/25 — all days off.
    expect(festivalDatesOf(2025)).toEqual({
      springFestival: '2025-01-29',
      qingming: '2025-04-04',
      dragonBoat: '2025-05-31',
      midAutumn: '2025-10-06',
    });
    for (const d of Object.values(festivalDatesOf(2026)!)) expect(base.isWorkingDay(d)).toBe(false);
    expect(festivalDatesOf(2027)).toEqual({
      springFestival: '2027-02-06',
      qingming: '2027-04-05',
      dragonBoat: '2027-06-09',
      midAutumn: '2027-09-15',
    });
  });

  it('a year without a notice is never refused: 2027 and 2030 are provisional, and say so', () => {
    expect(base.isWorkingDay('2027-02-05')).toBe(false); // 除夕, a Friday
    expect(base.isWorkingDay('2027-02-08')).toBe(false); // 初三, a Monday
    expect(base.isWorkingDay('2027-02-09')).toBe(true);
    expect(base.addWorkingDays('2027-01-27', 10)).toBe('2027-02-12');
    expect(base.basis('2027-01-27', '2027-02-12')).toEqual({
      calendarVersion: 'provisional-2027@rules-2024',
      provisional: true,
    });
    expect(base.basis('2026-12-20', '2027-01-05')).toEqual({
      calendarVersion: 'chinese-days@1.5.7+provisional-2027@rules-2024',
      provisional: true,
    });
    expect(base.basis('2026-03-01', '2026-03-20').provisional).toBe(false);
    expect(isProvisionalCalendarVersion('chinese-days@1.5.7')).toBe(false);
  });

  it('nothing assumes Monday to Friday: a make-up Sunday counts, a weekday holiday does not', () => {
    const cal = productionCalendar([validateCalendarYearFile(INVENTED_2027, festivalDatesOf)]);
    expect(cal.isWorkingDay('2027-01-31')).toBe(true); // Sunday, 调休上班
    expect(cal.isWorkingDay('2027-02-10')).toBe(false); // Wednesday in the break
    expect(cal.addWorkingDays('2027-01-27', 10)).toBe('2027-02-17');
    expect(cal.basis('2027-01-27', '2027-02-17')).toEqual({
      calendarVersion: 'cn-2027@test-1',
      provisional: false,
    });
    // The counterpart reads 2027 provisionally again: what the deadline moved from.
    expect(cal.provisionalCounterpart!.addWorkingDays('2027-01-27', 10)).toBe('2027-02-12');
  });

  it('refuses a file naming the field and the rule', () => {
    const bad = { ...INVENTED_2027, breaks: INVENTED_2027.breaks.slice(1) };
    expect(() => validateCalendarYearFile(bad, festivalDatesOf)).toThrow(CalendarYearInvalidError);
    try {
      validateCalendarYearFile({ ...bad, year: 2024 }, festivalDatesOf);
    } catch (e) {
      expect((e as CalendarYearInvalidError).violations).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'year', rule: 'yearInRange' }),
          expect.objectContaining({ field: 'breaks', rule: 'everyFestival' }),
        ]),
      );
    }
  });
});
