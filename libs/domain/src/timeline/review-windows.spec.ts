import { chinaCalendar } from '../calendar';
import { CONTRACT_001_TERMS } from '../terms';
import { reviewWindows } from './review-windows';

/**
 * 001 6.3: the client reviews the quarterly report within 10 (calendar) days of receiving it;
 * "10 日内未提出质疑的，视为…通过". Received 2022-10-08: the window's last day is 2022-10-18,
 * silence is a pass from 2022-10-19.
 */
describe('review windows (001 6.3: deemed passed on silence)', () => {
  const calendar = chinaCalendar();
  const schedules = CONTRACT_001_TERMS.reviews;
  const received = [{ scheduleId: 'quarterly-report', periodIndex: 1, receivedOn: '2022-10-08' }];
  const at = (asOf: string, concludedOn?: string, outcome = 'failed') =>
    reviewWindows(
      schedules,
      received,
      concludedOn ? [{ scheduleId: 'quarterly-report', periodIndex: 1, concludedOn, outcome }] : [],
      asOf,
      calendar,
    );

  it('open through the window', () => {
    expect(at('2022-10-18')).toEqual([
      expect.objectContaining({ date: '2022-10-18', outcome: 'open', outcomeOn: null }),
    ]);
  });

  it('silence through 2022-10-18: deemed passed on 2022-10-19, saying why', () => {
    const [fact] = at('2022-10-19');
    expect(fact).toMatchObject({
      outcome: 'deemed',
      outcomeOn: '2022-10-19',
      clause: '6.3; 6.2; 15.2',
    });
    expect(fact.description).toContain('deemed passed on 2022-10-19: no objection within 10 days');
  });

  it('concluded within the window: met on that day; a conclusion after it does not undo the pass', () => {
    expect(at('2022-12-31', '2022-10-14')[0]).toMatchObject({
      outcome: 'met',
      outcomeOn: '2022-10-14',
    });
    expect(at('2022-12-31', '2022-10-25')[0]).toMatchObject({
      outcome: 'deemed',
      outcomeOn: '2022-10-19',
    });
  });

  it('a report not received yet by asOf has no window', () => {
    expect(at('2022-10-07')).toEqual([]);
  });
});
