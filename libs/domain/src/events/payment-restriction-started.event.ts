import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * The client's treasury payments became restricted: payment deadlines are deferred without default
 * while it lasts (000 第五条 5 / 004 第五条 5 "财政国库支付受限，支付期限顺延，不承担违约责任";
 * 001 4.2 "因财政原因不能及时支付费用时…甲方不因此原因承担违约责任"; 002 第四条 3; 003 第三条 4).
 * From `occurredAt` on, no late-payment interest accrues until PaymentRestrictionEnded.
 */
export interface PaymentRestrictionStarted {
  type: 'PaymentRestrictionStarted';
  data: { occurredAt: LocalDate; restrictionId: string; reason: string };
}

export const PAYMENT_RESTRICTION_STARTED_SCHEMA = eventSchema(
  'PaymentRestrictionStarted',
  'A treasury restriction defers payment without default.',
  { restrictionId: S.id, reason: S.text },
);
