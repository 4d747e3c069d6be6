import { compareDates, serviceMonthsCompletedOn, type ServicePeriod } from '@app/domain';
import { dateOrNull, refOf, withAnomaly, type ContractFact } from '../shared';
import type { PaymentScheduleRow, ScheduledInstallment } from './payment-schedule.row';

const onOrBefore = (d: string | null | undefined, date: string) =>
  typeof d === 'string' && compareDates(d, date) <= 0;

/**
 * Whether the installment's trigger had occurred by `date`, from the facts recorded so far.
 * Unknown or unreadable triggers count as occurred: an installment is only cancelled when the
 * facts show it was not yet owed.
 */
function triggeredBy(row: PaymentScheduleRow, inst: ScheduledInstallment, date: string): boolean {
  const t = inst.trigger;
  switch (t?.kind) {
    case 'onPhaseAcceptance':
      return onOrBefore(row.milestones[t.milestoneId]?.acceptedOn, date);
    case 'onFinalAcceptance':
      return Object.values(row.milestones).some(
        (m) => m.kind === 'final' && onOrBefore(m.acceptedOn, date),
      );
    case 'onInvoice':
      return inst.invoices.some((v) => !v.reversed && onOrBefore(v.receivedOn, date));
    case 'afterServiceEnds': {
      const end = row.service_ended_on ?? row.service_period?.end ?? null;
      return end !== null && compareDates(date, end) > 0;
    }
    case 'afterServiceMonths': {
      const sp = row.service_period;
      if (!sp) return true;
      const period = {
        ...sp,
        basis: sp.basis as ServicePeriod['basis'],
        months: sp.months ?? undefined,
      };
      try {
        return compareDates(date, serviceMonthsCompletedOn(period, t.months)) > 0;
      } catch {
        return true; // unreadable period: keep the installment owed
      }
    }
    case 'onSigning':
    case 'byDate':
    case undefined: // an unscheduled installment: no trigger recorded
      return true;
    default:
      return unknownTrigger(t);
  }
}

/** A trigger kind the terms do not define (a malformed stored fact): it counts as occurred. */
function unknownTrigger(_trigger: never): boolean {
  return true;
}

/**
 * ContractTerminated: an installment whose trigger had not occurred by the termination date and
 * on which nothing was paid is no longer owed (002 第十二条 2: on termination the fee is for the
 * days performed; what was received for the days after the termination date comes back through
 * the refund). It stays listed, marked cancelled with the termination as its source.
 */
export function terminated(
  row: PaymentScheduleRow,
  event: ContractFact<'ContractTerminated'>,
): PaymentScheduleRow {
  const d = event.data;
  const on = dateOrNull(d.occurredAt);
  if (on === null) return withAnomaly(row, event, 'termination without a valid date');
  if (row.installments.some((i) => i.cancelled)) {
    return withAnomaly(row, event, 'a second ContractTerminated');
  }
  const source = refOf(event);
  const installments = row.installments.map((i) => {
    const paid = i.payments.some((p) => !p.reversed);
    if (!i.scheduled || paid || triggeredBy(row, i, on)) return i;
    const cancelled = {
      reason: 'terminated' as const,
      on,
      performedThrough: dateOrNull(d.performedThrough),
      amount: i.amount,
      source,
    };
    return { ...i, cancelled };
  });
  return { ...row, installments };
}
