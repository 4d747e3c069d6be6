/**
 * A 2027 notice INVENTED for the tests (the State Council has not published 2027 here): shaped
 * like a real one, every rule of validateCalendarYearFile met. 春节 is off Fri 2/5 – Fri 2/12 with
 * Sun 1/31 and Sat 2/20 worked: 6 weekdays off − 2 make-up days = 4 statutory days.
 */
export const INVENTED_2027 = {
  year: 2027,
  version: 'test-1',
  source: { notice: '测试用通知（虚构）', url: 'https://example.gov.cn/calendar-2027-test' },
  breaks: [
    { festivals: ['newYear'], off: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: [] },
    {
      festivals: ['springFestival'],
      off: [
        '2027-02-05',
        '2027-02-06',
        '2027-02-07',
        '2027-02-08',
        '2027-02-09',
        '2027-02-10',
        '2027-02-11',
        '2027-02-12',
      ],
      workdays: ['2027-01-31', '2027-02-20'],
    },
    { festivals: ['qingming'], off: ['2027-04-03', '2027-04-04', '2027-04-05'], workdays: [] },
    {
      festivals: ['labourDay'],
      off: ['2027-05-01', '2027-05-02', '2027-05-03', '2027-05-04', '2027-05-05'],
      workdays: ['2027-05-08'],
    },
    { festivals: ['dragonBoat'], off: ['2027-06-09'], workdays: [] },
    { festivals: ['midAutumn'], off: ['2027-09-15'], workdays: [] },
    {
      festivals: ['nationalDay'],
      off: [
        '2027-10-01',
        '2027-10-02',
        '2027-10-03',
        '2027-10-04',
        '2027-10-05',
        '2027-10-06',
        '2027-10-07',
      ],
      workdays: ['2027-09-26', '2027-10-09'],
    },
  ],
};
