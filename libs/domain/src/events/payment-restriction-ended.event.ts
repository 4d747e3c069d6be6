import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * The treasury restriction was lifted (000 第五条 5 "待障碍消除后，立即恢复支付"). The restricted
 * days are `startedOn` up to the day before `occurredAt` (`days` calendar days); lateness accrues
 * again from `occurredAt`.
 */
export interface PaymentRestrictionEnded {
  type: 'PaymentRestrictionEnded';
  data: { occurredAt: LocalDate; restrictionId: string; startedOn: LocalDate; days: number };
}

export const PAYMENT_RESTRICTION_ENDED_SCHEMA = eventSchema(
  'PaymentRestrictionEnded',
  'The treasury restriction was lifted; lateness accrues again.',
  { restrictionId: S.id, startedOn: S.date, days: S.count },
);
