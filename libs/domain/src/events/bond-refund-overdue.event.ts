import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

/**
 * The client had not refunded the performance bond by the refund deadline the terms set
 * (terms.bond.refund.within, counted from final acceptance or the end of service). `occurredAt`
 * is the day after the deadline. None of the five reference contracts sets such a deadline
 * (001 4.2 "项目验收合格后…退还" names the trigger only), so none of them records this fact.
 * A deadline fact: the bond's balance does not change.
 */
export interface BondRefundOverdue {
  type: 'BondRefundOverdue';
  data: {
    occurredAt: LocalDate;
    factId: string;
    dueDate: LocalDate;
    /** The balance to refund at the end of the deadline day. */
    refundable: Money;
    calendarVersion: string | null;
  };
}

export const BOND_REFUND_OVERDUE_SCHEMA = eventSchema(
  'BondRefundOverdue',
  'The bond was not refunded by its deadline (a deadline fact: changes no balance).',
  {
    factId: S.id,
    dueDate: S.date,
    refundable: S.nonNegativeMoney,
    calendarVersion: S.nullable(S.text),
  },
);
