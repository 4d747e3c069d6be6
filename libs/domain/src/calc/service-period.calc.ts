import { DomainError } from '../shared/decider';
import {
  LocalDate,
  addDays,
  addMonths,
  assertLocalDate,
  compareDates,
  daysBetween,
  daysInMonth,
  parts,
} from '../shared/local-date';

/**
 * How a service period was written.
 * - 'explicit': both ends stated (000 第三条 2022-03-01 → 2023-04-30; 002 第二条 2021-09-30 → 2022-09-29).
 * - 'civil-code': N months "from" a date under Civil Code art. 201–202 — the start day is not
 *   counted (service runs from the next day) and the period ends on the same-numbered day N months
 *   later, or that month's last day when it has no such day.
 * - 'start-day-included': N months counting the start day itself, as many contracts write it;
 *   ends the day before the same-numbered day, or the month's last day when that day does not exist.
 */
export type PeriodBasis = 'explicit' | 'civil-code' | 'start-day-included';

export interface ServicePeriod {
  /** First day of service (inclusive). */
  start: LocalDate;
  /** Last day of service (inclusive). */
  end: LocalDate;
  /** end − start + 1. */
  days: number;
  basis: PeriodBasis;
  /** The date the period is counted from, as written (signing date for 001); = start when explicit. */
  from: LocalDate;
  months?: number;
}

/** Days from `start` to `end`, both included. */
export function inclusiveDays(start: LocalDate, end: LocalDate): number {
  return daysBetween(start, end) + 1;
}

export function explicitServicePeriod(start: LocalDate, end: LocalDate): ServicePeriod {
  assertLocalDate(start);
  assertLocalDate(end);
  if (compareDates(start, end) > 0) {
    throw new DomainError(
      'SERVICE_PERIOD_INVERTED',
      `Service period ends (${end}) before it starts (${start})`,
      'end',
    );
  }
  return { start, end, days: inclusiveDays(start, end), basis: 'explicit', from: start };
}

/**
 * N months from `from`. Default Civil Code art. 201–202; `startDayIncluded` for contracts that
 * count the start day. 001 2.3 "签订本合同之日起 12 个月", signed 2022-07-06:
 * civil-code → 2022-07-07 … 2023-07-06; start-day-included → 2022-07-06 … 2023-07-05 (365 days either way).
 */
export function servicePeriodFromMonths(
  from: LocalDate,
  months: number,
  options: { startDayIncluded?: boolean } = {},
): ServicePeriod {
  assertLocalDate(from);
  if (!Number.isInteger(months) || months < 1) {
    throw new DomainError(
      'INVALID_MONTHS',
      `A service period needs a whole number of months ≥ 1, got ${months}`,
      'months',
    );
  }
  if (options.startDayIncluded) {
    const end = monthsEndStartDayIncluded(from, months);
    return {
      start: from,
      end,
      days: inclusiveDays(from, end),
      basis: 'start-day-included',
      from,
      months,
    };
  }
  const start = addDays(from, 1);
  const end = addMonths(from, months);
  return { start, end, days: inclusiveDays(start, end), basis: 'civil-code', from, months };
}

/**
 * The day on which the N-th month of service is complete (001 4.2 "开展项目技术服务8个月后"),
 * counted the same way as the period itself; explicit periods count from their first day inclusive.
 */
export function serviceMonthsCompletedOn(period: ServicePeriod, months: number): LocalDate {
  if (period.basis === 'civil-code') return servicePeriodFromMonths(period.from, months).end;
  return servicePeriodFromMonths(period.start, months, { startDayIncluded: true }).end;
}

export function isWithinPeriod(period: ServicePeriod, date: LocalDate): boolean {
  return compareDates(period.start, date) <= 0 && compareDates(date, period.end) <= 0;
}

function monthsEndStartDayIncluded(from: LocalDate, months: number): LocalDate {
  const { day } = parts(from);
  const sameNumbered = addMonths(from, months);
  const target = parts(sameNumbered);
  // The same-numbered day does not exist in the target month → the period ends on its last day.
  if (day > daysInMonth(target.year, target.month)) return sameNumbered;
  return addDays(sameNumbered, -1);
}
