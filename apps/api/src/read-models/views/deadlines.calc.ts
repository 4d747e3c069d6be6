import { compareDates, dec } from '@app/domain';
import type { BondRow } from '@app/read-models';
import type { ContractRow } from '@app/read-models';
import type { PaymentScheduleRow } from '@app/read-models';
import type { TerminationRefundRow } from '@app/read-models';
import { bondView } from './bond.view';
import { paymentScheduleView } from './payment-schedule.view';
import type { EventRef } from './view-support.helpers';

export interface Deadline {
  date: string;
  /** installment | bondDeposit | bondRefund | terminationRefund | terminationNotice | breachCure | serviceEnd */
  kind: string;
  description: string;
  amount: string | null;
  overdue: boolean;
  sources: EventRef[];
}

export interface ContractRows {
  contract: ContractRow;
  schedule: PaymentScheduleRow | null;
  bond: BondRow | null;
  refund: TerminationRefundRow | null;
}

/** Every open deadline of a contract as of `asOf`, earliest first (overdue ones included). */
export function deadlinesOf(rows: ContractRows, asOf: string): Deadline[] {
  const { contract, schedule, bond, refund } = rows;
  const out: Deadline[] = [];
  const push = (d: Omit<Deadline, 'overdue'>) =>
    out.push({ ...d, overdue: compareDates(d.date, asOf) < 0 });
  const open = !['terminated', 'closed'].includes(contract.status);
  if (schedule) {
    for (const i of paymentScheduleView(schedule, asOf).installments) {
      if (i.dueDate && dec(i.outstanding).greaterThan(0) && open) {
        push({
          date: i.dueDate,
          kind: 'installment',
          description: `Installment ${i.installmentId} (${i.label}) due`,
          amount: i.outstanding,
          sources: i.sources.amount,
        });
      }
    }
  }
  const b = bond ? bondView(bond, asOf) : null;
  if (b && b.deposit.deadline && !b.deposit.depositedOn && open) {
    push({
      date: b.deposit.deadline,
      kind: 'bondDeposit',
      description: 'Performance bond deposit due',
      amount: b.required.amount,
      sources: b.required.sources,
    });
  }
  if (b && b.refund.dueDate && !b.refund.refundedOn) {
    push({
      date: b.refund.dueDate,
      kind: 'bondRefund',
      description: 'Bond refund due',
      amount: b.refundableBalance.amount,
      sources: b.refundableBalance.sources,
    });
  }
  const t = refund?.termination;
  if (t && t.refundDueBy && dec(t.refundDue).greaterThan(dec(refund!.refunded))) {
    push({
      date: t.refundDueBy,
      kind: 'terminationRefund',
      description: 'Termination refund due from the supplier',
      amount: t.refundDue,
      sources: [t.source],
    });
  }
  if (contract.status === 'inNotice' && contract.notice?.effectiveOn) {
    push({
      date: contract.notice.effectiveOn,
      kind: 'terminationNotice',
      description: `Termination notice ${contract.notice.noticeId} takes effect`,
      amount: null,
      sources: [contract.notice.source],
    });
  }
  for (const [noticeId, n] of Object.entries(contract.breach_notices)) {
    if (n.cureBy && open) {
      push({
        date: n.cureBy,
        kind: 'breachCure',
        description: `Breach notice ${noticeId}: cure by`,
        amount: null,
        sources: [n.source],
      });
    }
  }
  if (contract.service_end && !contract.service_ended_on && open && contract.signed_source) {
    push({
      date: contract.service_end,
      kind: 'serviceEnd',
      description: 'Service period ends',
      amount: null,
      sources: [contract.signed_source],
    });
  }
  return out.sort((a, b) => compareDates(a.date, b.date));
}

/** The next deadline that has not passed yet (or the oldest overdue one when all have). */
export function nextDeadline(deadlines: Deadline[]): Deadline | null {
  return deadlines.find((d) => !d.overdue) ?? deadlines[0] ?? null;
}
