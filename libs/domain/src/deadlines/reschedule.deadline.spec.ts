import { chinaCalendar, createWorkingDayCalendar, type WorkingDayCalendar } from '../calendar';
import { cmd, SIGNED_004 } from '../decider/testing/fixtures';
import { play, stateAfter } from '../decider/testing/given-when-then';
import { addDays } from '../shared/local-date';
import { dueDeadlineFacts } from './due-deadline-facts';

const china = chinaCalendar();
const ended004 = play(SIGNED_004, cmd.endService('2023-05-31'));
const summary = (until: string, calendar: WorkingDayCalendar) =>
  dueDeadlineFacts(stateAfter(...ended004), until, calendar).map((f) => ({
    key: f.key,
    ...f.draft,
  }));

describe('DeadlineRescheduled: an official calendar year moved a deadline', () => {
  it('a deadline an official calendar year moved is recorded while it has not passed', () => {
    // The provisional counterpart lacks 2023's make-up working day Sunday 06-25 (调休上班): 004's
    // 40 working days then end on 07-28, one day later than the official 07-27.
    const days: { holidays: string[]; workdays: string[] } = { holidays: [], workdays: [] };
    for (let d = '2021-01-01'; d <= '2024-12-31'; d = addDays(d, 1)) {
      const weekend = [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());
      if (china.isWorkingDay(d) === weekend) (weekend ? days.workdays : days.holidays).push(d);
    }
    const counterpart = createWorkingDayCalendar({
      dataVersion: 'provisional-2023@rules-2024',
      coveredYears: { from: 2021, to: 2024 },
      holidays: days.holidays,
      workdays: days.workdays.filter((d) => d !== '2023-06-25'),
    });
    const calendar: WorkingDayCalendar = { ...china, provisionalCounterpart: counterpart };
    const moved = summary('2023-06-30', calendar).filter((f) => f.type === 'DeadlineRescheduled');
    expect(moved).toEqual([
      {
        key: 'c-004|reschedule:acceptanceDeemed:final:2023-07-28|2023-07-27',
        type: 'DeadlineRescheduled',
        data: {
          occurredAt: '2023-06-30',
          deadline: 'acceptanceDeemed',
          subject: 'final',
          from: '2023-07-28',
          to: '2023-07-27',
          fromCalendarVersion: 'provisional-2023@rules-2024',
          toCalendarVersion: 'chinese-days@1.5.7',
        },
      },
    ]);
    // Once the deadline has passed the move is history: nothing is recorded for it.
    expect(summary('2023-07-28', calendar).filter((f) => f.type === 'DeadlineRescheduled')).toEqual(
      [],
    );
  });
});
