import { addDays, compareDates, daysBetween, type LocalDate } from '../shared/local-date';

/**
 * A treasury restriction (PaymentRestrictionStarted … PaymentRestrictionEnded): the days `from` up
 * to the day before `until` (`until` null: still running). 000 / 004 第五条 5 "如甲方遇到财政国库支付受限，
 * 支付期限顺延，不承担违约责任"; 001 4.2 "因财政原因不能及时支付费用时…甲方不因此原因承担违约责任".
 */
export interface RestrictionPeriod {
  from: LocalDate;
  until: LocalDate | null;
}

/** How many of the calendar days `first` … `last` (both included) fall in a restriction. */
export function restrictedDays(
  restrictions: readonly RestrictionPeriod[],
  first: LocalDate,
  last: LocalDate,
): number {
  if (compareDates(first, last) > 0) return 0;
  // `until` is the first unrestricted day; the window's own end is the day after `last`.
  const end = addDays(last, 1);
  return restrictions.reduce((n, r) => {
    const from = compareDates(r.from, first) > 0 ? r.from : first;
    const until = r.until !== null && compareDates(r.until, end) < 0 ? r.until : end;
    return n + Math.max(0, daysBetween(from, until));
  }, 0);
}

/**
 * 第五条 5 "支付期限顺延": the due date, deferred by every restricted day after it up to `asOf`
 * (a restriction lifted before the due date let the client pay on time and defers nothing). The
 * lateness, its grace days (001 5.2 "从逾期支付 30 个工作日起") and its interest then count from the
 * deferred date: no late-payment interest accrues for a restricted day.
 */
export function deferredDueDate(
  dueDate: LocalDate,
  restrictions: readonly RestrictionPeriod[],
  asOf: LocalDate,
): LocalDate {
  return addDays(dueDate, restrictedDays(restrictions, addDays(dueDate, 1), asOf));
}

/**
 * The restrictions as they stood at the end of `asOf`: one started later had not begun; one ended
 * later was still running (its end unknown then). No as-of date: every recorded restriction.
 */
export function restrictionsAsOf(
  restrictions: readonly RestrictionPeriod[],
  asOf: LocalDate | undefined,
): RestrictionPeriod[] {
  if (asOf === undefined) return [...restrictions];
  return restrictions
    .filter((r) => compareDates(r.from, asOf) <= 0)
    .map((r) => ({
      from: r.from,
      until: r.until !== null && compareDates(r.until, asOf) <= 0 ? r.until : null,
    }));
}
