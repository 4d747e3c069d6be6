import { installmentAsOf } from '../as-of/installment.as-of';
import { deemedDecision } from '../calc/deemed-date.calc';
import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { contractFactsOfFile, installmentFactsOf } from '../decider/contract.queries';
import type { ReschedulableDeadline } from '../events/deadline-rescheduled.event';
import { compareDates, type LocalDate } from '../shared/local-date';
import { bondFactsOfState, bondRefundDue } from './bond-refund.deadline';
import type { DueDeadlineFact } from './deadline-fact';
import { dueFact, type DeadlineContext } from './deadline-context';

interface Dated {
  deadline: ReschedulableDeadline;
  subject: string | null;
  date: LocalDate;
  calendarVersion: string | null;
  clause: string | null | undefined;
}

/** Every working-day deadline of the contract counted with `calendar`, by the domain's rules. */
function deadlinesWith(ctx: DeadlineContext, calendar: WorkingDayCalendar): Map<string, Dated> {
  const { file, until } = ctx;
  const out = new Map<string, Dated>();
  const put = (d: Dated) => out.set(`${d.deadline}:${d.subject ?? '-'}`, d);
  const contract = contractFactsOfFile(file);
  for (const inst of file.installments) {
    const a = installmentAsOf(contract, installmentFactsOf(file, inst), until, calendar);
    if (a.dueDate) {
      const clause = file.terms.paymentSchedule.installments.find((t) => t.id === inst.id)?.source;
      put({
        deadline: 'installmentDue',
        subject: inst.id,
        date: a.dueDate,
        calendarVersion: a.calendarVersion,
        clause,
      });
    }
  }
  for (const r of Object.values(file.reviews)) {
    const terms = file.terms.reviews.find((t) => t.id === r.scheduleId);
    if (!terms?.reviewWindow) continue;
    const d = deemedDecision(r.reportSubmittedOn, terms.reviewWindow, calendar);
    put({
      deadline: 'reviewWindow',
      subject: `${r.scheduleId}#${r.periodIndex}`,
      date: d.deadline,
      calendarVersion: d.calendarVersion,
      clause: terms.source,
    });
  }
  const window = file.terms.acceptance.deemedAcceptedAfter;
  if (window && file.serviceEnded) {
    const d = deemedDecision(file.serviceEnded, window, calendar);
    const final = Object.values(file.milestones).find((m) => m.kind === 'final');
    put({
      deadline: 'acceptanceDeemed',
      subject: final?.id ?? null,
      date: d.deadline,
      calendarVersion: d.calendarVersion,
      clause: file.terms.acceptance.source,
    });
  }
  const bond = bondFactsOfState(ctx);
  const refund = bond ? bondRefundDue(bond, until, calendar) : null;
  if (refund) {
    put({
      deadline: 'bondRefund',
      subject: null,
      date: refund.dueDate,
      calendarVersion: refund.calendarVersion,
      clause: file.terms.bond?.refund.source,
    });
  }
  return out;
}

/**
 * Deadlines an official calendar year moved (the State Council's notice replaced a provisional
 * year, e.g. a make-up working day 调休上班 inside a 30-working-day window of 001 4.2): every
 * working-day deadline counted again with the calendar's provisional counterpart; where the two
 * dates differ and neither has passed by `until`, the move is a fact, recorded on `until`.
 * A deadline that already passed is history: the facts at it are counted with today's calendar.
 */
export function rescheduleFacts(ctx: DeadlineContext): DueDeadlineFact[] {
  const before = ctx.calendar.provisionalCounterpart;
  if (!before) return [];
  const was = deadlinesWith(ctx, before);
  const out: DueDeadlineFact[] = [];
  for (const [id, now] of deadlinesWith(ctx, ctx.calendar)) {
    const old = was.get(id);
    if (!old || old.date === now.date) continue;
    const earlier = compareDates(old.date, now.date) < 0 ? old.date : now.date;
    if (compareDates(earlier, ctx.until) < 0) continue;
    out.push(
      dueFact(
        ctx,
        {
          type: 'DeadlineRescheduled',
          data: {
            occurredAt: ctx.until,
            deadline: now.deadline,
            subject: now.subject,
            from: old.date,
            to: now.date,
            fromCalendarVersion: old.calendarVersion ?? before.dataVersion,
            toCalendarVersion: now.calendarVersion ?? ctx.calendar.dataVersion,
          },
        },
        now.clause,
      ),
    );
  }
  return out;
}
