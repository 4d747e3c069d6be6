import { resolveDueDate, type DueTrigger, type ResolvedDueDate } from '../calc/due-date.calc';
import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import type { LocalDate } from '../shared/local-date';
import { happenedBy, type ContractFacts, type InstallmentFacts } from './contract-facts';
import { acceptanceOf, firstInvoiceOn } from './installment-trigger.as-of';

/**
 * The dates an installment's due rule can hang on (calc/due-date.calc.ts DueTrigger), from the
 * recorded facts; with `asOf`, only facts dated by then.
 */
export function dueTriggerDates(
  contract: ContractFacts,
  inst: InstallmentFacts,
  asOf?: LocalDate,
): Partial<Record<DueTrigger, LocalDate>> {
  const events: Partial<Record<DueTrigger, LocalDate>> = {};
  const put = (key: DueTrigger, date: LocalDate | null) => {
    if (date !== null && happenedBy(date, asOf)) events[key] = date;
  };
  put('signing', contract.signedOn);
  put('invoice', firstInvoiceOn(inst, asOf));
  put('acceptance', acceptanceOf(contract, inst));
  put('service-end', contract.serviceEndedOn);
  put('confirmation', inst.confirmedOn); // 001 4.2: 30 working days after the confirmation
  return events;
}

/**
 * The installment's due date from its rule and the facts recorded so far (null while it awaits a
 * fact, and `awaiting` says which): fixed dates (000 第五条 "于 2022 年 5 月 31 日前"), windows after
 * an event in working days (001 4.2: 10 working days after signing, 30 after the confirmed
 * application; 003 第三条 2(1): 10 after the invoice). Throws CALENDAR_YEAR_NOT_COVERED when a
 * working-day window runs past the calendar's data.
 */
export function installmentDue(
  contract: ContractFacts,
  inst: InstallmentFacts,
  calendar: WorkingDayCalendar,
  asOf?: LocalDate,
): ResolvedDueDate {
  if (!inst.due) return { dueDate: null, awaiting: null, calendarVersion: null };
  const facts = {
    servicePeriod: contract.servicePeriod ?? undefined,
    events: dueTriggerDates(contract, inst, asOf),
  };
  return resolveDueDate(inst.due, facts, calendar);
}
