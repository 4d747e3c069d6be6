import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

export const RESCHEDULABLE_DEADLINES = [
  'installmentDue',
  'reviewWindow',
  'acceptanceDeemed',
  'bondRefund',
] as const;
export type ReschedulableDeadline = (typeof RESCHEDULABLE_DEADLINES)[number];

/**
 * A deadline counted in working days through a year whose official calendar (the State Council's
 * notice, 调休) has since replaced the provisional one moved: `from` is the day the provisional
 * year gave, `to` the official one (e.g. 004 第七条 3's 40 working days, or 001 4.2's 30 working
 * days, across a year with a make-up working day). Recorded once per move, on the day the
 * scheduler first saw it (`occurredAt`), while the deadline had not passed. It changes nothing by
 * itself: every view already counts with today's calendar.
 */
export interface DeadlineRescheduled {
  type: 'DeadlineRescheduled';
  data: {
    occurredAt: LocalDate;
    factId: string;
    deadline: ReschedulableDeadline;
    /** The installment, review period (`schedule#n`) or milestone; null for the bond. */
    subject: string | null;
    from: LocalDate;
    to: LocalDate;
    /** The calendar the old date was counted with (provisional) and the new one. */
    fromCalendarVersion: string;
    toCalendarVersion: string;
  };
}

export const DEADLINE_RESCHEDULED_SCHEMA = eventSchema(
  'DeadlineRescheduled',
  "A year's official calendar moved a deadline counted from the provisional one.",
  {
    factId: S.id,
    deadline: S.oneOf(RESCHEDULABLE_DEADLINES),
    subject: S.nullable(S.id),
    from: S.date,
    to: S.date,
    fromCalendarVersion: S.text,
    toCalendarVersion: S.text,
  },
);
