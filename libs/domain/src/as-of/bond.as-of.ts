import { bondRefundableBalance, type BondBalance } from '../calc/bond.calc';
import type { DayWindow } from '../calc/calc.types';
import { dueDateAfter } from '../calc/due-date.calc';
import { isProvisionalCalendarVersion } from '../calendar/calendar-year';
import type { CalendarBasis, WorkingDayCalendar } from '../calendar/working-day.calendar';
import { compareDates, type LocalDate } from '../shared/local-date';
import { dec, toMoney, type Money } from '../shared/money';
import type { BondRefundTerms } from '../terms/bond.terms';
import { attemptAsOf } from './attempt.as-of';
import { happenedBy } from './contract-facts';

/** What the bond's as-of arithmetic reads (the decider's BondState + terms, or a BondRow). */
export interface BondFacts {
  signedOn: LocalDate | null;
  /** 001 4.2: "在双方签署合同后 10 个工作日内" → 10 working days after signing. */
  depositWithin: DayWindow | null;
  refundTerms: BondRefundTerms | null;
  finalAcceptedOn: LocalDate | null;
  serviceEndedOn: LocalDate | null;
  terminatedOn: LocalDate | null;
  /** The deposit, with the deadline the decider fixed when it was recorded. */
  deposit: {
    amount: Money;
    depositedOn: LocalDate | null;
    dueBy: LocalDate | null;
    /** The calendar the recorded `dueBy` was computed with; a provisional one is recomputed. */
    calendarVersion?: string | null;
  } | null;
  /** Live (not reversed) deductions. */
  deductions: { amount: Money; deductedOn: LocalDate | null }[];
  refund: { amount: Money; refundedOn: LocalDate | null } | null;
}

export interface BondAsOf {
  /** Whether the deposit, each deduction and the refund had happened by `asOf`. */
  deposited: boolean;
  deductionsCounted: boolean[];
  refunded: boolean;
  /** Refunded to the supplier by `asOf`. */
  refundedAmount: Money;
  /** deposited − deducted − refunded, as of `asOf`. */
  held: Money;
  /**
   * Deposit deadline: the one recorded with the deposit, else signing + the window — and
   * recomputed when the recorded one came from a provisional calendar year (its notice has since
   * been read, or is still awaited: either way today's calendar says).
   */
  depositDeadline: LocalDate | null;
  /** What the deposit deadline was counted with (null for calendar days or no deadline). */
  depositDeadlineBasis: CalendarBasis | null;
  /** Deposited after its deadline (001 4.2), against the deadline above. */
  depositLate: boolean;
  depositOverdue: boolean;
  /** The day the refund fell due from: final acceptance (or service end) — or the termination. */
  refundTriggeredOn: LocalDate | null;
  refundDueDate: LocalDate | null;
  refundDueDateBasis: CalendarBasis | null;
  refundOverdue: boolean;
  balance: BondBalance;
  problems: string[];
}

/** The deposit deadline (001 4.2: the 10th working day after signing 2022-07-06 → 2022-07-20). */
export function bondDepositDeadlineOf(
  signedOn: LocalDate,
  window: DayWindow,
  calendar: WorkingDayCalendar,
): LocalDate {
  return dueDateAfter(signedOn, window, calendar);
}

/**
 * When the refund falls due from: the trigger of 001 4.2 ("项目验收合格后…退还": final acceptance,
 * with the assessment) or the end of service, and failing that the termination.
 */
export function bondRefundTriggeredOn(b: BondFacts, asOf?: LocalDate): LocalDate | null {
  const date = b.refundTerms?.trigger === 'serviceEnd' ? b.serviceEndedOn : b.finalAcceptedOn;
  const by = (d: LocalDate | null) => (d !== null && happenedBy(d, asOf) ? d : null);
  return by(date) ?? by(b.terminatedOn);
}

/**
 * The performance bond (履约保证金) as it stood at the end of `asOf`: only the deposit, deductions
 * and refund dated by then count; deadlines, balance, what is held and what is overdue.
 */
export function bondAsOf(b: BondFacts, asOf: LocalDate, calendar: WorkingDayCalendar): BondAsOf {
  const problems: string[] = [];
  const track = (compute: () => LocalDate): LocalDate | null => {
    const { value, problem } = attemptAsOf(compute);
    if (problem) problems.push(problem);
    return value;
  };
  const signedOn = b.signedOn;
  const window = b.depositWithin;
  const recorded = b.deposit?.dueBy ?? null;
  const keepRecorded =
    recorded !== null &&
    (!isProvisionalCalendarVersion(b.deposit?.calendarVersion) || !signedOn || !window);
  const depositDeadline = keepRecorded
    ? recorded
    : signedOn && window
      ? track(() => bondDepositDeadlineOf(signedOn, window, calendar))
      : recorded;
  const basisOf = (from: LocalDate | null, to: LocalDate | null, w: DayWindow | null) =>
    from && to && w && (w.unit === 'working' || w.rollForwardToWorkingDay)
      ? calendar.basis(from, to)
      : null;
  const depositDeadlineBasis =
    keepRecorded && b.deposit?.calendarVersion
      ? {
          calendarVersion: b.deposit.calendarVersion,
          provisional: isProvisionalCalendarVersion(b.deposit.calendarVersion),
        }
      : basisOf(signedOn, depositDeadline, window);
  const triggeredOn = bondRefundTriggeredOn(b, asOf);
  const deposited = b.deposit !== null && happenedBy(b.deposit.depositedOn, asOf);
  const deductionsCounted = b.deductions.map((d) => happenedBy(d.deductedOn, asOf));
  const refunded = b.refund !== null && happenedBy(b.refund.refundedOn, asOf);
  const balance = bondRefundableBalance(
    deposited ? b.deposit!.amount : '0.00',
    b.deductions.filter((_, i) => deductionsCounted[i]).map((d) => d.amount),
  );
  const refundedAmount = refunded ? toMoney(dec(b.refund!.amount)) : '0.00';
  const within = b.refundTerms?.within ?? null;
  const refundDueDate =
    triggeredOn && within ? track(() => dueDateAfter(triggeredOn, within, calendar)) : null;
  return {
    deposited,
    deductionsCounted,
    refunded,
    refundedAmount,
    held: toMoney(dec(balance.deposited).minus(dec(balance.deducted)).minus(dec(refundedAmount))),
    depositDeadline,
    depositDeadlineBasis,
    depositLate:
      deposited &&
      depositDeadline !== null &&
      b.deposit!.depositedOn !== null &&
      compareDates(b.deposit!.depositedOn, depositDeadline) > 0,
    depositOverdue:
      !deposited && depositDeadline !== null && compareDates(asOf, depositDeadline) > 0,
    refundTriggeredOn: triggeredOn,
    refundDueDate,
    refundDueDateBasis: basisOf(triggeredOn, refundDueDate, within),
    refundOverdue: !refunded && refundDueDate !== null && compareDates(asOf, refundDueDate) > 0,
    balance,
    problems,
  };
}
