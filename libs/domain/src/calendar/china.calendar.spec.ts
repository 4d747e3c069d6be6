import { DomainError } from '../shared/decider';
import { chinaCalendar } from './china.calendar';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { version } = require('chinese-days/package.json') as { version: string };
const cal = chinaCalendar();

describe("China's official working-day calendar (State Council notices, via chinese-days data)", () => {
  it('records its data version and covered years', () => {
    expect(cal.dataVersion).toBe(`chinese-days@${version}`);
    expect(cal.coveredYears.from).toBeLessThanOrEqual(2021);
    expect(cal.coveredYears.to).toBeGreaterThanOrEqual(2023);
    expect(chinaCalendar()).toBe(cal); // memoised
  });

  it('2022 Spring Festival: 1/31–2/6 off, Sat 1/29 and Sun 1/30 are make-up working days', () => {
    expect(cal.isWorkingDay('2022-01-29')).toBe(true);
    expect(cal.isWorkingDay('2022-01-30')).toBe(true);
    for (const d of ['2022-01-31', '2022-02-01', '2022-02-04', '2022-02-06'])
      expect(cal.isWorkingDay(d)).toBe(false);
    expect(cal.addWorkingDays('2022-01-28', 1)).toBe('2022-01-29');
    expect(cal.addWorkingDays('2022-01-28', 3)).toBe('2022-02-07'); // Sat, Sun, then after the break
    expect(cal.workingDaysBetween('2022-01-28', '2022-02-07')).toBe(3);
  });

  it('2022 National Day: 10/1–10/7 off, Sat 10/8 and Sun 10/9 working', () => {
    expect(cal.isWorkingDay('2022-10-07')).toBe(false);
    expect(cal.isWorkingDay('2022-10-08')).toBe(true);
    expect(cal.isWorkingDay('2022-10-09')).toBe(true);
    expect(cal.addWorkingDays('2022-09-30', 1)).toBe('2022-10-08');
    // 003 第三条(1): invoice received 2022-09-30, pay "10 个工作日内" → 10/8, 10/9, 10/10–14, 10/17–19
    expect(cal.addWorkingDays('2022-09-30', 10)).toBe('2022-10-19');
  });

  it('2021: Spring Festival 2/11–2/17 off with Sun 2/7 and Sat 2/20 worked; National Day made up on Sun 9/26 and Sat 10/9', () => {
    expect(cal.isWorkingDay('2021-02-07')).toBe(true);
    expect(cal.isWorkingDay('2021-02-15')).toBe(false);
    expect(cal.addWorkingDays('2021-02-10', 1)).toBe('2021-02-18');
    expect(cal.isWorkingDay('2021-02-20')).toBe(true);
    expect(cal.isWorkingDay('2021-09-26')).toBe(true);
    expect(cal.addWorkingDays('2021-09-30', 1)).toBe('2021-10-08');
    expect(cal.addWorkingDays('2021-09-30', 2)).toBe('2021-10-09');
  });

  it('2023: Spring Festival 1/21–1/27 off, National Day with Mid-Autumn 9/29–10/6 off, 10/7 and 10/8 worked', () => {
    expect(cal.addWorkingDays('2023-01-20', 1)).toBe('2023-01-28');
    expect(cal.isWorkingDay('2023-09-29')).toBe(false);
    expect(cal.addWorkingDays('2023-09-28', 1)).toBe('2023-10-07');
    expect(cal.workingDaysBetween('2023-09-28', '2023-10-09')).toBe(3);
  });

  it('001 4.2: bond deposit within 10 working days of signing 2022-07-06 → 2022-07-20', () => {
    expect(cal.addWorkingDays('2022-07-06', 10)).toBe('2022-07-20');
  });

  it('a year without data is an explicit error, never a Mon–Fri guess', () => {
    const beyond = cal.coveredYears.to + 1;
    expect(() => cal.isWorkingDay(`${beyond}-03-02`)).toThrow(DomainError);
    expect(() => cal.isWorkingDay('2003-03-03')).toThrow(
      expect.objectContaining({ code: 'CALENDAR_YEAR_NOT_COVERED' }),
    );
    expect(() => cal.addWorkingDays(`${cal.coveredYears.to}-12-24`, 30)).toThrow(
      expect.objectContaining({ code: 'CALENDAR_YEAR_NOT_COVERED' }),
    );
  });

  it('is independent of the machine time zone (plain strings, no Date in local time)', () => {
    const before = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      expect(cal.isWorkingDay('2022-01-29')).toBe(true);
      expect(cal.addWorkingDays('2022-09-30', 1)).toBe('2022-10-08');
    } finally {
      process.env.TZ = before;
    }
  });
});
