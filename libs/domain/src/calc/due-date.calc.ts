import { WorkingDayCalendar } from '../calendar/working-day.calendar';
import { DomainError, assertNever } from '../shared/decider';
import { LocalDate, addDays, assertLocalDate } from '../shared/local-date';
import { DayWindow } from './calc.types';
import { ServicePeriod, serviceMonthsCompletedOn } from './service-period.calc';

/**
 * The last day of "within N (working) days after `trigger`": trigger + N calendar days, or the
 * N-th working day after trigger (the trigger day itself is not counted, Civil Code art. 201).
 * 003 第三条(1): invoice received 2022-09-30, "10 个工作日内" → 2022-10-21 (National Day break skipped).
 */
export function dueDateAfter(
  trigger: LocalDate,
  window: DayWindow,
  calendar: WorkingDayCalendar,
): LocalDate {
  assertLocalDate(trigger);
  if (!Number.isInteger(window.days) || window.days < 0) {
    throw new DomainError(
      'INVALID_WINDOW',
      `A window needs a whole number of days ≥ 0, got ${window.days}`,
      'days',
    );
  }
  if (window.unit === 'working') return calendar.addWorkingDays(trigger, window.days);
  const plain = addDays(trigger, window.days);
  if (!window.rollForwardToWorkingDay || calendar.isWorkingDay(plain)) return plain;
  return calendar.addWorkingDays(plain, 1); // Civil Code art. 203
}

/**
 * The calendar version a window from `trigger` to `deadline` relied on: null when only calendar
 * days were counted; else the versions of the years it crossed (`calendar.basis`), which say
 * `provisional-…` when a year had no official notice yet (isProvisionalCalendarVersion).
 */
export function windowCalendarVersion(
  window: DayWindow,
  calendar: WorkingDayCalendar,
  trigger: LocalDate,
  deadline: LocalDate,
): string | null {
  return window.unit === 'working' || window.rollForwardToWorkingDay
    ? calendar.basis(trigger, deadline).calendarVersion
    : null;
}

/** Events a due date can hang on. */
export type DueTrigger =
  'signing' | 'invoice' | 'acceptance' | 'service-end' | 'confirmation' | 'application';

/**
 * When an installment (or any obligation) falls due:
 * - 'fixed-date': by a stated date (000/004 第五条 "于 2022 年 5 月 31 日前");
 * - 'after-event': within a window after an event (003 第三条(1) 10 working days after the invoice;
 *   001 4.2 30 working days after confirmation);
 * - 'after-service-months': once N months of service are complete, optionally plus a window
 *   (001 4.2: 8 months; the payment itself then waits for confirmation — model that as 'after-event').
 */
export type DueRule =
  | { kind: 'fixed-date'; date: LocalDate }
  | { kind: 'after-event'; event: DueTrigger; window: DayWindow }
  | { kind: 'after-service-months'; months: number; window?: DayWindow };

export interface DueFacts {
  servicePeriod?: ServicePeriod;
  /** Dates on which trigger events happened; absent = not yet. */
  events?: Partial<Record<DueTrigger, LocalDate>>;
}

export interface ResolvedDueDate {
  /** null while the trigger has not happened yet. */
  dueDate: LocalDate | null;
  /** What is still awaited when dueDate is null. */
  awaiting: DueTrigger | 'service-period' | null;
  calendarVersion: string | null;
}

export function resolveDueDate(
  rule: DueRule,
  facts: DueFacts,
  calendar: WorkingDayCalendar,
): ResolvedDueDate {
  switch (rule.kind) {
    case 'fixed-date':
      return { dueDate: assertLocalDate(rule.date), awaiting: null, calendarVersion: null };
    case 'after-event': {
      const trigger = facts.events?.[rule.event];
      if (!trigger) return { dueDate: null, awaiting: rule.event, calendarVersion: null };
      const dueDate = dueDateAfter(trigger, rule.window, calendar);
      return {
        dueDate,
        awaiting: null,
        calendarVersion: windowCalendarVersion(rule.window, calendar, trigger, dueDate),
      };
    }
    case 'after-service-months': {
      if (!facts.servicePeriod)
        return { dueDate: null, awaiting: 'service-period', calendarVersion: null };
      const reached = serviceMonthsCompletedOn(facts.servicePeriod, rule.months);
      if (!rule.window) return { dueDate: reached, awaiting: null, calendarVersion: null };
      const dueDate = dueDateAfter(reached, rule.window, calendar);
      return {
        dueDate,
        awaiting: null,
        calendarVersion: windowCalendarVersion(rule.window, calendar, reached, dueDate),
      };
    }
    default:
      return assertNever(rule, 'due rule');
  }
}
