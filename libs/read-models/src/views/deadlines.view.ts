import { breachNoticesAsOf } from './breach-notices.view';
import {
  happenedBy,
  isProvisionalCalendarVersion,
  nextOpenDeadline,
  openDeadlines,
  statusAsOf,
  type DeadlineKind,
  type OpenDeadline,
} from '@app/domain';
import type { BondRow, ContractRow, PaymentScheduleRow, TerminationRefundRow } from './row-types';
import { bondView } from './bond.view';
import { paymentScheduleView } from './payment-schedule.view';
import { lifecycleFactsOfRow } from './row-facts.mapper';
import { terminationRefundView } from './termination-refund.view';
import type { EventRef } from './row-types';

export interface Deadline {
  date: string;
  kind: DeadlineKind;
  description: string;
  amount: string | null;
  overdue: boolean;
  /** The calendar data the date was counted with; null for calendar days or a fixed date. */
  calendarVersion: string | null;
  /** Counted in a year without the State Council's notice yet: it may move when it is published. */
  provisional: boolean;
  /** The provisional date this one replaced when the year's notice was recorded, if it moved. */
  movedFrom: { date: string; calendarVersion: string | null } | null;
  sources: EventRef[];
}

export interface ContractRows {
  contract: ContractRow;
  schedule: PaymentScheduleRow | null;
  bond: BondRow | null;
  refund: TerminationRefundRow | null;
}

function describe(d: OpenDeadline<EventRef>, labels: Map<string, string>): string {
  switch (d.kind) {
    case 'installment':
      return `Installment ${d.subject} (${labels.get(d.subject!) ?? ''}) due`;
    case 'bondDeposit':
      return 'Performance bond deposit due';
    case 'bondRefund':
      return 'Bond refund due';
    case 'terminationRefund':
      return 'Termination refund due from the supplier';
    case 'terminationNotice':
      return `Termination notice ${d.subject} takes effect`;
    case 'breachCure':
      return `Breach notice ${d.subject}: cure by`;
    case 'serviceEnd':
      return 'Service period ends';
  }
}

/** Every open deadline of a contract as of `asOf` (libs/domain as-of/deadlines.as-of.ts), as JSON. */
export function deadlinesOf(rows: ContractRows, asOf: string): Deadline[] {
  const { contract, schedule, bond, refund } = rows;
  const installments = schedule ? paymentScheduleView(schedule, asOf).installments : [];
  const b = bond ? bondView(bond, asOf) : null;
  const t = refund ? terminationRefundView(refund, asOf) : null;
  const status = statusAsOf(lifecycleFactsOfRow(contract), asOf);
  const deadlines = openDeadlines<EventRef>(
    {
      status,
      installments: installments.map((i) => ({
        id: i.installmentId,
        dueDate: i.dueDate,
        calendarVersion: i.calendarVersion,
        outstanding: i.outstanding,
        refs: i.sources.amount,
      })),
      bond: b && {
        required: b.required.amount,
        depositDeadline: b.deposit.deadline,
        depositDeadlineCalendarVersion: b.deposit.deadlineCalendar.calendarVersion,
        deposited: b.deposit.depositedOn !== null,
        refundDueDate: b.refund.dueDate,
        refundDueDateCalendarVersion: b.refund.dueDateCalendar.calendarVersion,
        refunded: b.refund.refundedOn !== null,
        refundable: b.refundableBalance.amount,
        requiredRefs: b.required.sources,
        refundableRefs: b.refundableBalance.sources,
      },
      terminationRefund: t && {
        dueBy: t.dueDate,
        due: t.refundDue.amount,
        paid: t.paid.amount,
        ref: t.refundDue.sources[0],
      },
      notice: contract.notice
        ? {
            noticeId: contract.notice.noticeId,
            effectiveOn: contract.notice.effectiveOn,
            ref: contract.notice.source,
          }
        : null,
      breachNotices: Object.entries(breachNoticesAsOf(contract, asOf)).map(([noticeId, n]) => ({
        noticeId,
        cureBy: n.cureBy,
        ref: n.source,
      })),
      serviceEnd: {
        date: contract.service_end,
        ended: happenedBy(contract.service_ended_on, asOf),
        ref: contract.signed_source,
      },
    },
    asOf,
  );
  const labels = new Map(installments.map((i) => [i.installmentId, i.label]));
  // README "Calendar": a date counted on a provisional year says so, and says what it moved from.
  const moved = (d: OpenDeadline<EventRef>): Deadline['movedFrom'] => {
    if (d.kind === 'installment') {
      const m = installments.find((i) => i.installmentId === d.subject)?.movedFrom;
      return m ? { date: m.dueDate, calendarVersion: m.calendarVersion } : null;
    }
    if (d.kind === 'bondDeposit') return b?.deposit.deadlineCalendar.movedFrom ?? null;
    if (d.kind === 'bondRefund') return b?.refund.dueDateCalendar.movedFrom ?? null;
    return null;
  };
  return deadlines.map((d) => ({
    date: d.date,
    kind: d.kind,
    description: describe(d, labels),
    amount: d.amount,
    overdue: d.overdue,
    calendarVersion: d.calendarVersion,
    provisional: isProvisionalCalendarVersion(d.calendarVersion),
    movedFrom: moved(d),
    sources: d.refs,
  }));
}

/** The next deadline that has not passed yet (or the oldest overdue one when all have). */
export const nextDeadline = (deadlines: Deadline[]): Deadline | null => nextOpenDeadline(deadlines);
