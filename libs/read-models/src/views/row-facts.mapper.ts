import type {
  BondFacts,
  HoldoverFacts,
  LifecycleFacts,
  ContractFacts,
  InstallmentFacts,
  LatePaymentTerms,
  ServicePeriod,
} from '@app/domain';
import type {
  BondRow,
  ContractRow,
  EventRef,
  PaymentScheduleRow,
  ScheduledInstallment,
  ServicePeriodFacts,
} from './row-types';

/**
 * Read-model rows in the shape the domain's as-of arithmetic reads (libs/domain/src/as-of):
 * field for field, no arithmetic. Each counted fact carries its event reference back, so every
 * figure leads to the events behind it.
 */
export function servicePeriodOf(facts: ServicePeriodFacts | null): ServicePeriod | null {
  if (!facts) return null;
  return {
    ...facts,
    basis: facts.basis as ServicePeriod['basis'],
    months: facts.months ?? undefined,
  };
}

export function contractFactsOfSchedule(row: PaymentScheduleRow): ContractFacts {
  return {
    signedOn: row.signed_on,
    servicePeriod: servicePeriodOf(row.service_period),
    serviceEndedOn: row.service_ended_on,
    total: row.total,
    milestones: row.milestones,
    invoiceRequired: row.invoice_required,
    latePayment: (row.late_payment as LatePaymentTerms | null) ?? null,
    // 000 第五条 5 / 001 4.2: the recorded restriction periods (from its start to its end day).
    restrictions: row.restrictions.flatMap((r) =>
      r.startedOn === null ? [] : [{ from: r.startedOn, until: r.endedOn }],
    ),
  };
}

/** rm_payment_schedules.holdover (HoldoverEnded: fee and who pays it) for holdoverOwed. */
export function holdoverFactsOfSchedule(row: PaymentScheduleRow): HoldoverFacts {
  const h = row.holdover;
  return h
    ? { endedOn: h.endedOn, fee: h.fee, paidBy: h.paidBy }
    : { endedOn: null, fee: null, paidBy: null };
}

export function installmentFactsOfRow(inst: ScheduledInstallment): InstallmentFacts<EventRef> {
  return {
    id: inst.id,
    amount: inst.amount,
    trigger: inst.trigger,
    due: inst.due,
    scheduled: inst.scheduled,
    invoices: inst.invoices
      .filter((i) => !i.reversed)
      .map((i) => ({
        amount: i.amount,
        receivedOn: i.receivedOn,
        // 001 4.2: found non-conforming (InvoiceRejected) from that day, with its event.
        rejection: i.rejection
          ? {
              on: i.rejection.on ?? i.receivedOn!,
              reason: i.rejection.reason,
              ref: i.rejection.source,
            }
          : null,
        ref: i.source,
      })),
    settlements: inst.payments
      .filter((p) => !p.reversed)
      .map((p) => ({
        cash: p.amount,
        offsets: p.offsets.map((o) => o.amount),
        paidOn: p.paidOn,
        ref: p.source,
      })),
    confirmedOn: inst.confirmation?.confirmedOn ?? null,
    cancelled: inst.cancelled ? { on: inst.cancelled.on, amount: inst.cancelled.amount } : null,
  };
}

export function bondFactsOfRow(row: BondRow): BondFacts {
  return {
    signedOn: row.signed_on,
    depositWithin: row.deposit_within,
    refundTerms: row.refund_terms,
    finalAcceptedOn: row.final_accepted_on,
    serviceEndedOn: row.service_ended_on,
    terminatedOn: row.terminated_on,
    deposit: row.deposit
      ? {
          amount: row.deposit.amount,
          depositedOn: row.deposit.depositedOn,
          dueBy: row.deposit.dueBy,
          calendarVersion: row.deposit.calendarVersion,
        }
      : null,
    deductions: row.deductions
      .filter((d) => !d.reversed)
      .map((d) => ({ amount: d.amount, deductedOn: d.deductedOn })),
    refund: row.refund ? { amount: row.refund.amount, refundedOn: row.refund.refundedOn } : null,
  };
}

export function lifecycleFactsOfRow(c: ContractRow): LifecycleFacts {
  return {
    status: c.status,
    signedOn: c.signed_on,
    notice: c.notice ? { issuedOn: c.notice.issuedOn } : null,
    forceMajeure: c.force_majeure ? { startedOn: c.force_majeure.startedOn } : null,
    serviceEndedOn: c.service_ended_on,
    holdover: c.holdover ? { startedOn: c.holdover.startedOn, endedOn: c.holdover.endedOn } : null,
    terminatedOn: c.terminated_on,
    closedOn: c.closed_on,
  };
}
