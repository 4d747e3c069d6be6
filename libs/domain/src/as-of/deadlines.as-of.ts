import { compareDates, type LocalDate } from '../shared/local-date';
import { compareMoney, type Money } from '../shared/money';
import { deadlinePassed } from './deadline.as-of';

export type DeadlineKind =
  | 'installment'
  | 'bondDeposit'
  | 'bondRefund'
  | 'terminationRefund'
  | 'terminationNotice'
  | 'breachCure'
  | 'serviceEnd';

/** What the open-deadline list reads: figures already computed as of the date, with their refs. */
export interface DeadlineFacts<Ref> {
  /** The contract's status (a terminated or closed contract owes no further installments). */
  status: string;
  installments: {
    id: string;
    dueDate: LocalDate | null;
    /** The working-day data the due date was counted with (null: fixed date or calendar days). */
    calendarVersion?: string | null;
    outstanding: Money;
    refs: Ref[];
  }[];
  bond: {
    required: Money;
    depositDeadline: LocalDate | null;
    depositDeadlineCalendarVersion?: string | null;
    deposited: boolean;
    refundDueDate: LocalDate | null;
    refundDueDateCalendarVersion?: string | null;
    refunded: boolean;
    refundable: Money;
    requiredRefs: Ref[];
    refundableRefs: Ref[];
  } | null;
  terminationRefund: { dueBy: LocalDate | null; due: Money; paid: Money; ref: Ref } | null;
  /** The running termination notice, when the contract is in notice. */
  notice: { noticeId: string; effectiveOn: LocalDate | null; ref: Ref } | null;
  breachNotices: { noticeId: string; cureBy: LocalDate | null; ref: Ref }[];
  /** The planned end of service while ServicePeriodEnded is not recorded. */
  serviceEnd: { date: LocalDate | null; ended: boolean; ref: Ref | null };
}

export interface OpenDeadline<Ref> {
  date: LocalDate;
  kind: DeadlineKind;
  /** The installment, notice … it belongs to. */
  subject: string | null;
  amount: Money | null;
  overdue: boolean;
  /**
   * The calendar data the date was counted with, `provisional-…` when it crossed a year without the
   * State Council's notice (isProvisionalCalendarVersion); null for calendar days or a fixed date.
   */
  calendarVersion: string | null;
  refs: Ref[];
}

const positive = (m: Money) => compareMoney(m, '0.00') > 0;

/**
 * Every deadline still open as of `asOf`, earliest first, overdue ones included: installments
 * still owed (第五条 / 4.2 due dates), the bond deposit (001 4.2: 10 working days after signing)
 * and refund, the supplier's termination refund (002 第十二条 2), a termination notice taking
 * effect, a breach notice's cure period, and the end of service. A terminated or closed contract
 * has no installment, deposit, cure or service-end deadline left; refunds stay until paid.
 */
export function openDeadlines<Ref>(f: DeadlineFacts<Ref>, asOf: LocalDate): OpenDeadline<Ref>[] {
  const open = f.status !== 'terminated' && f.status !== 'closed';
  const out: OpenDeadline<Ref>[] = [];
  type Pushed = Omit<OpenDeadline<Ref>, 'overdue' | 'date' | 'calendarVersion'> & {
    date: LocalDate | null;
    calendarVersion?: string | null;
  };
  const push = (d: Pushed) => {
    if (d.date !== null)
      out.push({
        ...d,
        date: d.date,
        overdue: deadlinePassed(d.date, asOf),
        calendarVersion: d.calendarVersion ?? null,
      });
  };
  if (open) {
    for (const i of f.installments) {
      if (positive(i.outstanding)) {
        push({
          date: i.dueDate,
          calendarVersion: i.calendarVersion,
          kind: 'installment',
          subject: i.id,
          amount: i.outstanding,
          refs: i.refs,
        });
      }
    }
  }
  const b = f.bond;
  if (b && !b.deposited && open) {
    push({
      date: b.depositDeadline,
      calendarVersion: b.depositDeadlineCalendarVersion,
      kind: 'bondDeposit',
      subject: null,
      amount: b.required,
      refs: b.requiredRefs,
    });
  }
  if (b && !b.refunded) {
    push({
      date: b.refundDueDate,
      calendarVersion: b.refundDueDateCalendarVersion,
      kind: 'bondRefund',
      subject: null,
      amount: b.refundable,
      refs: b.refundableRefs,
    });
  }
  const t = f.terminationRefund;
  if (t && compareMoney(t.due, t.paid) > 0) {
    push({ date: t.dueBy, kind: 'terminationRefund', subject: null, amount: t.due, refs: [t.ref] });
  }
  if (f.status === 'inNotice' && f.notice) {
    const n = f.notice;
    push({
      date: n.effectiveOn,
      kind: 'terminationNotice',
      subject: n.noticeId,
      amount: null,
      refs: [n.ref],
    });
  }
  if (open) {
    for (const n of f.breachNotices) {
      push({
        date: n.cureBy,
        kind: 'breachCure',
        subject: n.noticeId,
        amount: null,
        refs: [n.ref],
      });
    }
  }
  const e = f.serviceEnd;
  if (!e.ended && open && e.ref !== null) {
    push({ date: e.date, kind: 'serviceEnd', subject: null, amount: null, refs: [e.ref] });
  }
  return out.sort((a, b) => compareDates(a.date, b.date));
}

/** The next deadline that has not passed yet (or the oldest overdue one when all have). */
export function nextOpenDeadline<D extends { overdue: boolean }>(deadlines: D[]): D | null {
  return deadlines.find((d) => !d.overdue) ?? deadlines[0] ?? null;
}
