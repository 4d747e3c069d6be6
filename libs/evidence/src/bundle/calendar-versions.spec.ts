import { calendarVersionsIn } from './calendar-versions';

describe('calendarVersionsIn: the calendar versions a value names', () => {
  it('splits composite versions, lists each once, in year order, at any depth', () => {
    const timeline = {
      entries: [
        { fact: { calendarVersion: 'chinese-days@1.5.7+cn-2027@ops-1' } },
        { fact: { calendarVersion: 'cn-2027@ops-1' }, more: [{ calendarVersion: null }] },
        { deadline: { calendarVersion: 'provisional-2030@rules-2024' } },
        { calendarVersion: 'provisional-2029@rules-2024+provisional-2030@rules-2024' },
      ],
    };
    expect(calendarVersionsIn(timeline)).toEqual([
      'chinese-days@1.5.7',
      'cn-2027@ops-1',
      'provisional-2029@rules-2024',
      'provisional-2030@rules-2024',
    ]);
  });

  it('names nothing when nothing was counted in working days', () => {
    expect(calendarVersionsIn({ entries: [{ calendarVersion: null }], n: 1 })).toEqual([]);
  });
});
