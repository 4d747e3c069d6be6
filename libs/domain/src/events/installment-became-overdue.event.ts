import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

/**
 * An installment's due date passed with money still owed: `occurredAt` is the first day in
 * default, the day after the due date (000 / 004 第五条 "…前支付"; 001 4.2 "30 个工作日内支付";
 * 002 第四条; 003 第三条), or — while a treasury restriction ran over it — the first day after the
 * restriction (000 / 004 第五条 5 "支付期限顺延"). Recorded once by the deadline scheduler.
 *
 * A deadline fact, not money: the installment's figures and its late-payment interest (001 5.2
 * "从逾期支付 30 个工作日起") come from the as-of arithmetic, which this event does not change.
 */
export interface InstallmentBecameOverdue {
  type: 'InstallmentBecameOverdue';
  data: {
    occurredAt: LocalDate;
    /** Deterministic id of the fact (uuid v5 of `obligationKey` and the date). */
    factId: string;
    installmentId: string;
    dueDate: LocalDate;
    /** Still owed at the end of the last day to pay. */
    outstanding: Money;
    /** Working-day data the due date was counted with; null for fixed dates. */
    calendarVersion: string | null;
  };
}

export const INSTALLMENT_BECAME_OVERDUE_SCHEMA = eventSchema(
  'InstallmentBecameOverdue',
  'An installment was not paid in full by its due date (a deadline fact: changes no figure).',
  {
    factId: S.id,
    installmentId: S.id,
    dueDate: S.date,
    outstanding: S.positiveMoney,
    calendarVersion: S.nullable(S.text),
  },
);
