import { EntitySchema } from 'typeorm';
import type { PaymentScheduleRow } from '../projections/payment-schedules/payment-schedule.row';
import { bigint, bool, date, json, key, money, text } from './read-model-columns.helpers';

/** rm_payment_schedules (migration 1763700000300); columns in table order. */
export const PaymentScheduleEntity = new EntitySchema<PaymentScheduleRow>({
  name: 'rm_payment_schedules',
  tableName: 'rm_payment_schedules',
  columns: {
    contract_id: key(),
    stream_id: text(),
    signed_on: date(true),
    service_period: json(true),
    service_ended_on: date(true),
    total: money(true),
    late_payment: json(true),
    invoice_required: bool(),
    milestones: json(),
    installments: json(),
    expected: money(),
    invoiced: money(),
    received: money(),
    cash: money(),
    offsets: money(),
    signed_source: json(true),
    last_position: bigint(),
    anomalies: json(),
  },
});
