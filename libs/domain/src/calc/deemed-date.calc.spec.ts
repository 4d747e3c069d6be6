import { chinaCalendar } from '../calendar/china.calendar';
import { acceptanceTimeline, deemedDecision } from './deemed-date.calc';

const cal = chinaCalendar();

describe('deemed acceptance and deemed review', () => {
  it('004 第七条3: neither signed nor objected within 40 working days after the service ends (2023-05-31) → deemed accepted', () => {
    // June: 1–2 (2), 5–9 (7), 12–16 (12), 19–21 (15), Dragon Boat 6/22–24 off, Sunday 6/25 make-up (16), 26–30 (21);
    // July: 3–7 (26), 10–14 (31), 17–21 (36), 24–27 (40)
    expect(deemedDecision('2023-05-31', { days: 40, unit: 'working' }, cal)).toEqual({
      trigger: '2023-05-31',
      window: { days: 40, unit: 'working' },
      deadline: '2023-07-27',
      deemedOn: '2023-07-28',
      calendarVersion: cal.dataVersion,
    });
  });

  it('001 6.3: a quarterly report not questioned within 10 days of receipt is deemed passed', () => {
    expect(deemedDecision('2022-10-09', { days: 10, unit: 'calendar' }, cal)).toMatchObject({
      deadline: '2022-10-19',
      deemedOn: '2022-10-20',
      calendarVersion: null,
    });
  });

  it('002 第六条3: a monthly report not questioned within 15 days of receipt is deemed passed', () => {
    expect(deemedDecision('2021-11-05', { days: 15, unit: 'calendar' }, cal)).toMatchObject({
      deadline: '2021-11-20',
      deemedOn: '2021-11-21',
    });
  });

  it('000 第七条1–2: apply within 30 working days after 2023-04-30; client prepares within 5, accepts within 10 working days', () => {
    // May: 1–3 Labour Day off, 4–5 (2), Saturday 5/6 make-up (3), 8–12 (8), 15–19 (13), 22–26 (18), 29–31 (21);
    // June: 1–2 (23), 5–9 (28), 12–13 (30)
    const w = (days: number) => ({ days, unit: 'working' }) as const;
    const input = {
      serviceEnd: '2023-04-30',
      applyWithin: w(30),
      prepareWithin: w(5),
      acceptWithin: w(10),
    };
    expect(acceptanceTimeline(input, cal)).toEqual({
      applicationDeadline: '2023-06-13',
      preparationStartDeadline: null,
      acceptanceStartDeadline: null,
      calendarVersion: cal.dataVersion,
    });
    expect(
      acceptanceTimeline(
        { ...input, appliedOn: '2023-06-20', preparationEndedOn: '2023-06-28' },
        cal,
      ),
    ).toMatchObject({
      preparationStartDeadline: '2023-06-28', // 6/21 (1), 6/22–24 off, 6/25 make-up (2), 6/26–28 (5)
      acceptanceStartDeadline: '2023-07-12', // 6/29–30 (2), 7/3–7 (7), 7/10–12 (10)
    });
  });
});
