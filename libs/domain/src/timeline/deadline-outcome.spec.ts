import { deadlineOutcome } from './deadline-outcome';

/** 001 4.2: the bond is due 10 working days after signing 2022-07-06, i.e. by 2022-07-20. */
describe('deadlineOutcome (what happened at a deadline, as of a day)', () => {
  const due = '2022-07-20';

  it('done by the day: met on the day it was done', () => {
    expect(deadlineOutcome(due, '2022-07-19', '2022-08-01')).toEqual({
      outcome: 'met',
      outcomeOn: '2022-07-19',
    });
    expect(deadlineOutcome(due, due, due)).toEqual({ outcome: 'met', outcomeOn: due });
  });

  it('done late (001 deposited 2022-07-21): missed since the first day in default', () => {
    expect(deadlineOutcome(due, '2022-07-21', '2022-08-01')).toEqual({
      outcome: 'missed',
      outcomeOn: '2022-07-21',
    });
  });

  it('not done: open through the due day, missed from the day after', () => {
    expect(deadlineOutcome(due, null, '2022-07-20')).toEqual({ outcome: 'open', outcomeOn: null });
    expect(deadlineOutcome(due, null, '2022-07-21')).toEqual({
      outcome: 'missed',
      outcomeOn: '2022-07-21',
    });
  });

  it('an act dated after asOf has not happened yet', () => {
    expect(deadlineOutcome(due, '2022-07-19', '2022-07-18')).toEqual({
      outcome: 'open',
      outcomeOn: null,
    });
  });
});
