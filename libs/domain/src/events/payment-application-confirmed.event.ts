import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * The client confirmed the supplier's payment application for an installment whose due rule waits
 * for that confirmation (001 4.2: the 30% "after 8 months of service, on application, paid within
 * 30 working days of confirmation"; the 10% "within 30 working days of confirmation" after acceptance).
 * `dueDate` is the installment's due date computed from its rule on the working-day calendar.
 */
export interface PaymentApplicationConfirmed {
  type: 'PaymentApplicationConfirmed';
  data: {
    occurredAt: LocalDate;
    installmentId: string;
    dueDate: LocalDate;
    calendarVersion: string | null;
  };
}

export const PAYMENT_APPLICATION_CONFIRMED_SCHEMA = eventSchema(
  'PaymentApplicationConfirmed',
  "The client confirmed a payment application; the installment's due date follows from it.",
  {
    installmentId: S.id,
    dueDate: S.date,
    calendarVersion: S.nullable(S.text),
  },
);
