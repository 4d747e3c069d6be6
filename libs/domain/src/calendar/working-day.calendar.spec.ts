import { DomainError } from '../shared/decider';
import { CalendarDataMissingError, createWorkingDayCalendar } from './working-day.calendar';

/** A hand-made calendar: one 3-day break (Mon 2030-04-01 … Wed 04-03) made up on Sat 04-06. */
const toy = createWorkingDayCalendar({
  dataVersion: 'toy@1',
  coveredYears: { from: 2030, to: 2030 },
  holidays: ['2030-04-01', '2030-04-02', '2030-04-03'],
  workdays: ['2030-04-06'],
});

describe('a working-day calendar built from explicit sets', () => {
  it('is Mon–Fri, minus holidays, plus make-up days', () => {
    expect(toy.isWorkingDay('2030-03-29')).toBe(true); // Friday
    expect(toy.isWorkingDay('2030-03-30')).toBe(false); // Saturday
    expect(toy.isWorkingDay('2030-04-02')).toBe(false); // holiday Tuesday
    expect(toy.isWorkingDay('2030-04-06')).toBe(true); // make-up Saturday
  });

  it('adds working days without counting the start day; n = 0 returns the date itself', () => {
    expect(toy.addWorkingDays('2030-03-29', 0)).toBe('2030-03-29');
    expect(toy.addWorkingDays('2030-03-29', 1)).toBe('2030-04-04'); // Thu after the break
    expect(toy.addWorkingDays('2030-03-29', 3)).toBe('2030-04-06'); // Thu, Fri, make-up Sat
    expect(toy.addWorkingDays('2030-03-30', 1)).toBe('2030-04-04'); // from a non-working day
  });

  it('counts working days in (a, b], negative when b is earlier', () => {
    expect(toy.workingDaysBetween('2030-03-29', '2030-04-08')).toBe(4); // 04-04, 04-05, 04-06, 04-08
    expect(toy.workingDaysBetween('2030-04-08', '2030-03-29')).toBe(-4);
    expect(toy.workingDaysBetween('2030-04-08', '2030-04-08')).toBe(0);
    expect(toy.workingDaysBetween('2030-03-29', toy.addWorkingDays('2030-03-29', 7))).toBe(7);
  });

  it('refuses a year outside its data with CALENDAR_YEAR_NOT_COVERED', () => {
    expect(() => toy.isWorkingDay('2031-01-02')).toThrow(CalendarDataMissingError);
    expect(() => toy.addWorkingDays('2030-12-30', 5)).toThrow(CalendarDataMissingError);
    try {
      toy.workingDaysBetween('2030-12-30', '2031-01-02');
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe('CALENDAR_YEAR_NOT_COVERED');
      expect((e as DomainError).details).toMatchObject({
        date: '2031-01-01',
        dataVersion: 'toy@1',
        coveredYears: { from: 2030, to: 2030 },
      });
    }
  });

  it('rejects inconsistent data and bad arguments', () => {
    expect(() =>
      createWorkingDayCalendar({
        dataVersion: 'bad',
        coveredYears: { from: 2030, to: 2030 },
        holidays: ['2030-04-06'],
        workdays: ['2030-04-06'],
      }),
    ).toThrow(RangeError);
    expect(() => toy.addWorkingDays('2030-03-29', -1)).toThrow(RangeError);
    expect(() => toy.isWorkingDay('2030-02-30')).toThrow(RangeError);
  });
});
