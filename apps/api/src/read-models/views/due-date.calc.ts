import {
  compareDates,
  resolveDueDate,
  serviceMonthsCompletedOn,
  type DueTrigger,
  type LocalDate,
} from '@app/domain';
import type { PaymentScheduleRow, ScheduledInstallment } from '@app/read-models';
import { attempt, servicePeriodOf, workingDays } from './view-support.helpers';

export interface ResolvedDue {
  dueDate: string | null;
  /** What the due date still waits for (an acceptance, an invoice, a confirmation…). */
  awaiting: string | null;
  calendarVersion: string | null;
  problem: string | null;
}

/** The milestone an installment's acceptance trigger waits for (the final one by default). */
function acceptanceOf(row: PaymentScheduleRow, inst: ScheduledInstallment): LocalDate | null {
  const id =
    inst.trigger?.kind === 'onPhaseAcceptance'
      ? inst.trigger.milestoneId
      : Object.entries(row.milestones).find(([, m]) => m.kind === 'final')?.[0];
  return id ? (row.milestones[id]?.acceptedOn ?? null) : null;
}

function firstInvoice(inst: ScheduledInstallment): LocalDate | null {
  const dates = inst.invoices
    .filter((i) => !i.reversed && i.receivedOn !== null)
    .map((i) => i.receivedOn!)
    .sort();
  return dates[0] ?? null;
}

/**
 * The due date from the terms and the recorded facts, as the decider computes it
 * (libs/domain installmentDueDate): fixed dates (000 第五条), windows after an event counted in
 * working days (001 4.2: 10 working days after signing, 30 after the confirmed application; 003 第三条 2(1):
 * after the invoice).
 */
export function dueDateOf(row: PaymentScheduleRow, inst: ScheduledInstallment): ResolvedDue {
  if (!inst.due) return { dueDate: null, awaiting: null, calendarVersion: null, problem: null };
  const events: Partial<Record<DueTrigger, LocalDate>> = {};
  if (row.signed_on) events.signing = row.signed_on;
  const invoice = firstInvoice(inst);
  if (invoice) events.invoice = invoice;
  const acceptance = acceptanceOf(row, inst);
  if (acceptance) events.acceptance = acceptance;
  if (row.service_ended_on) events['service-end'] = row.service_ended_on;
  const confirmedOn = inst.confirmation?.confirmedOn;
  if (confirmedOn) events.confirmation = confirmedOn; // 001 4.2
  const facts = { servicePeriod: servicePeriodOf(row.service_period), events };
  const { value, problem } = attempt(() => resolveDueDate(inst.due!, facts, workingDays()));
  return {
    dueDate: value?.dueDate ?? null,
    awaiting: value?.awaiting ?? null,
    calendarVersion: value?.calendarVersion ?? null,
    problem,
  };
}

/** Whether the installment's condition (its trigger) was met by `asOf`, from recorded facts. */
export function triggerMet(
  row: PaymentScheduleRow,
  inst: ScheduledInstallment,
  asOf: LocalDate,
): boolean | null {
  const t = inst.trigger;
  const by = (d: LocalDate | null) => d !== null && compareDates(d, asOf) <= 0;
  if (!t) return null;
  switch (t.kind) {
    case 'onSigning':
    case 'byDate':
      return by(row.signed_on);
    case 'afterServiceMonths': {
      const sp = servicePeriodOf(row.service_period);
      return sp ? compareDates(asOf, serviceMonthsCompletedOn(sp, t.months)) > 0 : null;
    }
    case 'onPhaseAcceptance':
    case 'onFinalAcceptance':
      return by(acceptanceOf(row, inst));
    case 'afterServiceEnds': {
      const end = row.service_ended_on ?? row.service_period?.end ?? null;
      return end !== null && compareDates(asOf, end) > 0;
    }
    case 'onInvoice':
      return by(firstInvoice(inst));
    default:
      return null;
  }
}
