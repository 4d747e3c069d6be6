import { resolveDueDate, type DueTrigger, type ResolvedDueDate } from '../calc/due-date.calc';
import type { WorkingDayCalendar } from '../calendar/working-day.calendar';
import type { LocalDate } from '../shared/local-date';
import { happenedBy, type ContractFacts, type InstallmentFacts } from './contract-facts';
import { compareDates } from '../shared/local-date';
import { acceptanceOf, firstInvoiceOn, triggerMetOn } from './installment-trigger.as-of';

/** The client's confirmation of a payment application and the day its payment window counts from. */
export interface ConfirmationAsOf {
  confirmedOn: LocalDate;
  /** The later of the confirmation and the day the installment's condition was met. */
  countsFrom: LocalDate;
  /** Confirmed before the condition was met (001 4.2: applied for before "8个月后"). */
  early: boolean;
}

/**
 * 001 4.2 "乙方履行本合同开展项目技术服务8个月后申请第2笔支付款，甲方对是否满足支付条件予以确认，
 * 并在双方确认后30个工作日内…支付": the application may only be made once 8 months of service are
 * complete. A confirmation dated earlier is recorded — it is the client's own act in writing, a
 * fact, not nonsense — and flagged `early`; but the payment cannot fall due before its condition,
 * so the 30 working days count from the day the condition is met, not from the early confirmation.
 */
export function confirmationOf(
  contract: ContractFacts,
  inst: InstallmentFacts,
): ConfirmationAsOf | null {
  const confirmedOn = inst.confirmedOn;
  if (confirmedOn === null) return null;
  const metOn = triggerMetOn(contract, inst);
  const early = metOn !== null && compareDates(confirmedOn, metOn) < 0;
  return { confirmedOn, countsFrom: early ? metOn : confirmedOn, early };
}

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
  // 001 4.2: 30 working days after the confirmation, never before the condition (confirmationOf)
  put('confirmation', confirmationOf(contract, inst)?.countsFrom ?? null);
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
