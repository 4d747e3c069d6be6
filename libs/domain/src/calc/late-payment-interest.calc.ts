import { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { DomainError } from '../shared/decider';
import {
  LocalDate,
  addDays,
  assertLocalDate,
  compareDates,
  daysBetween,
} from '../shared/local-date';
import { Dec, Money, toMoney } from '../shared/money';
import { DayUnit, Rate } from './calc.types';
import { moneyDec, rateDec } from './rate.calc';

/**
 * The client's late-payment liability (违约金 for 逾期付款), as the contract writes it.
 *
 * Reading of the start day: the payment is overdue from the day after its due date; the overdue
 * working days are numbered 1, 2, … from there (= the k-th working day after the due date).
 * - 001 5.2 "从逾期支付 30 个工作日起" → interestStartsOnOverdueWorkingDay: 30 — interest accrues
 *   from (and including) the 30th overdue working day;
 * - 002 第五条 "从逾期支付的第 31 个工作日起" → 31;
 * - 003 第六条(2) has no grace → omit: accrues from the first calendar day after the due date.
 * From the start day on, it accrues for every CALENDAR day ("每日"), weekends and holidays included.
 */
export interface LatePaymentInterestTerms {
  /** Per calendar day, as a fraction: 001 "0.0005" (0.05 %), 002 "0.005" (0.5 %), 003 "0.01". */
  dailyRate: Rate;
  /** Cap as a fraction of capBase: "0.05" in 001/002/003. */
  capRate: Rate;
  /** 001/002: the overdue amount itself ("延迟支付价款"); 003: the contract total ("合同总金额"). */
  capBase: 'overdue-amount' | 'contract-total';
  interestStartsOnOverdueWorkingDay?: number;
  /**
   * The general form: the first overdue day (1-based) that accrues, counted in calendar or working
   * days — { day: 30, unit: 'working' } is interestStartsOnOverdueWorkingDay: 30; { day: 1,
   * unit: 'calendar' } is the default. Give at most one of the two.
   */
  interestStartsOnOverdueDay?: { day: number; unit: DayUnit };
}

export interface LatePaymentInterestInput {
  terms: LatePaymentInterestTerms;
  overdueAmount: Money;
  dueDate: LocalDate;
  /** Compute as of the end of this day (inclusive). */
  asOf: LocalDate;
  /** The day the money arrived, if it did: that day and later days accrue nothing. */
  paidOn?: LocalDate;
  /** Required when capBase is 'contract-total'. */
  contractTotal?: Money;
}

export interface LatePaymentInterest {
  interest: Money;
  /** Calendar days that accrued interest. */
  days: number;
  /** First day that accrues interest. */
  startDate: LocalDate;
  /** Last day that accrued interest; null when none did. */
  lastAccruedDate: LocalDate | null;
  dailyAmount: Money;
  uncapped: Money;
  cap: Money;
  capped: boolean;
  /** The working-day data used to find startDate; null when no working days were counted. */
  calendarVersion: string | null;
  formula: string;
}

export function computeLatePaymentInterest(
  input: LatePaymentInterestInput,
  calendar: WorkingDayCalendar,
): LatePaymentInterest {
  const { terms } = input;
  const amount = moneyDec(input.overdueAmount, 'overdueAmount');
  const dailyRate = rateDec(terms.dailyRate, 'dailyRate');
  const capRate = rateDec(terms.capRate, 'capRate');
  assertLocalDate(input.dueDate);
  assertLocalDate(input.asOf);

  const { startDate, calendarVersion } = firstAccruingDay(terms, input.dueDate, calendar);

  let lastDay = input.asOf;
  if (
    input.paidOn !== undefined &&
    compareDates(addDays(assertLocalDate(input.paidOn), -1), lastDay) < 0
  ) {
    lastDay = addDays(input.paidOn, -1);
  }
  const days = Math.max(0, daysBetween(startDate, lastDay) + 1);

  let capBase: Dec;
  if (terms.capBase === 'overdue-amount') capBase = amount;
  else {
    if (input.contractTotal === undefined) {
      throw new DomainError(
        'CONTRACT_TOTAL_REQUIRED',
        'The cap is a share of the contract total: contractTotal is required',
        'contractTotal',
      );
    }
    capBase = moneyDec(input.contractTotal, 'contractTotal');
  }
  const cap = capBase.times(capRate);
  const uncapped = amount.times(dailyRate).times(days);
  const capped = uncapped.greaterThan(cap);
  const interest = capped ? cap : uncapped;

  return {
    interest: toMoney(interest),
    days,
    startDate,
    lastAccruedDate: days > 0 ? lastDay : null,
    dailyAmount: toMoney(amount.times(dailyRate)),
    uncapped: toMoney(uncapped),
    cap: toMoney(cap),
    capped,
    calendarVersion,
    formula: `min(${toMoney(amount)} × ${terms.dailyRate} × ${days}, ${toMoney(capBase)} × ${terms.capRate}) = ${toMoney(interest)}`,
  };
}

function firstAccruingDay(
  terms: LatePaymentInterestTerms,
  dueDate: LocalDate,
  calendar: WorkingDayCalendar,
): { startDate: LocalDate; calendarVersion: string | null } {
  if (
    terms.interestStartsOnOverdueWorkingDay !== undefined &&
    terms.interestStartsOnOverdueDay !== undefined
  ) {
    throw new DomainError(
      'AMBIGUOUS_GRACE',
      'Give interestStartsOnOverdueWorkingDay or interestStartsOnOverdueDay, not both',
      'interestStartsOnOverdueDay',
    );
  }
  const grace =
    terms.interestStartsOnOverdueDay ??
    (terms.interestStartsOnOverdueWorkingDay !== undefined
      ? { day: terms.interestStartsOnOverdueWorkingDay, unit: 'working' as const }
      : undefined);
  if (grace === undefined) return { startDate: addDays(dueDate, 1), calendarVersion: null };
  if (!Number.isInteger(grace.day) || grace.day < 1) {
    throw new DomainError(
      'INVALID_GRACE',
      `The first accruing overdue day must be an integer ≥ 1, got ${grace.day}`,
      'interestStartsOnOverdueDay',
    );
  }
  if (grace.unit === 'calendar')
    return { startDate: addDays(dueDate, grace.day), calendarVersion: null };
  const startDate = calendar.addWorkingDays(dueDate, grace.day);
  return { startDate, calendarVersion: calendar.basis(dueDate, startDate).calendarVersion };
}
