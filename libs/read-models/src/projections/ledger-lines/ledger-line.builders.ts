import type { RecordedEvent } from '@app/event-store';
import {
  businessDateOf,
  contractIdOf,
  dataAs,
  dataOf,
  minus,
  moneyOrNull,
  textOrNull,
} from '../shared';
import {
  CORRECTABLE,
  type LedgerAccount,
  type LedgerLineKind,
  type LedgerLineRow,
} from './ledger-line.row';

export interface LineSpec {
  kind: LedgerLineKind;
  account: LedgerAccount;
  amount: string;
  installmentId?: string | null;
  factType?: string | null;
  factId?: string | null;
  description: string;
  flags?: string[];
}

/** A line of `event`: where it sits in the log (event id, revision, position) and who recorded it. */
export function line(
  event: RecordedEvent,
  key: string,
  lineNo: number,
  spec: LineSpec,
): LedgerLineRow {
  const { date, valid } = businessDateOf(event);
  const own = dataOf(event).flags;
  return {
    line_key: key,
    contract_id: contractIdOf(event) ?? event.streamId,
    stream_id: event.streamId,
    event_id: event.eventId,
    event_type: event.type,
    line_no: lineNo,
    revision: event.revision,
    position: event.position.toString(),
    business_date: date,
    recorded_at: event.recordedAt,
    actor: textOrNull(event.metadata?.actor) ?? 'unknown',
    kind: spec.kind,
    account: spec.account,
    amount: spec.amount,
    installment_id: spec.installmentId ?? null,
    fact_type: spec.factType ?? null,
    fact_id: spec.factId ?? null,
    corrects: null,
    corrected_by: [],
    fact: null,
    flags: [
      ...(Array.isArray(own) ? own.map(String) : []),
      ...(spec.flags ?? []),
      ...(valid ? [] : ['invalidBusinessDate']),
    ],
    description: spec.description,
  };
}

/** A recorded amount; a malformed one becomes 0.00 on a flagged line rather than an error. */
export function amountOf(value: unknown): { amount: string; flags: string[] } {
  const m = moneyOrNull(value);
  return m === null ? { amount: '0.00', flags: ['invalidAmount'] } : { amount: m, flags: [] };
}

/** The primary line of a correctable fact (invoice, payment cash, penalty, deduction, refund). */
export function factLine(event: RecordedEvent, key: string, lineNo: number): LedgerLineRow {
  const c = CORRECTABLE[event.type];
  const d = dataOf(event);
  const factId = String(d[c.idField]);
  const installmentId = textOrNull(d.installmentId);
  const { amount, flags } = amountOf(d.amount);
  const offsets = (
    event.type === 'PaymentRecorded' ? (dataAs(event, 'PaymentRecorded').penaltyOffsets ?? []) : []
  ).map((o) => ({ penaltyId: o.penaltyId, amount: moneyOrNull(o.amount) ?? '0.00' }));
  const row = line(event, key, lineNo, {
    kind: c.kind,
    account: c.account,
    amount: c.sign < 0 ? minus('0.00', amount) : amount,
    installmentId,
    factType: event.type,
    factId,
    description: describeFact(event, factId, installmentId),
    flags,
  });
  const fact = {
    account: c.account,
    sign: c.sign,
    amount,
    offsets,
    date: row.business_date,
    reversed: false,
    installmentId,
  };
  return { ...row, fact };
}

function describeFact(event: RecordedEvent, factId: string, installmentId: string | null): string {
  switch (event.type) {
    case 'InvoiceReceived':
      return `Invoice ${factId} received for installment ${installmentId}`;
    case 'PaymentRecorded':
      return `Payment ${factId} (cash) for installment ${installmentId}`;
    case 'PenaltyAssessed':
      return `Penalty ${factId} assessed (${textOrNull(dataOf(event).ruleId)})`;
    case 'BondDeducted':
      return `Bond deduction ${factId}: ${textOrNull(dataOf(event).reason)}`;
    default:
      return `Termination refund ${factId} paid back by the supplier`;
  }
}

/** The two lines of a penalty offset (000 第十二条 8): the installment is settled, the penalty too. */
export function offsetLine(
  event: RecordedEvent,
  key: string,
  index: number,
  side: 'r' | 'p',
): LedgerLineRow | null {
  const d = dataAs(event, 'PaymentRecorded');
  const o = d.penaltyOffsets?.[index];
  if (!o) return null;
  const { amount, flags } = amountOf(o.amount);
  const onReceived = side === 'r';
  return line(event, key, 1 + index * 2 + (onReceived ? 0 : 1), {
    kind: 'offset',
    account: onReceived ? 'received' : 'penalties',
    amount: onReceived ? amount : minus('0.00', amount),
    installmentId: d.installmentId,
    factType: onReceived ? 'PaymentRecorded' : 'PenaltyAssessed',
    factId: onReceived ? d.paymentId : o.penaltyId,
    description: onReceived
      ? `Penalty ${o.penaltyId} offset against installment ${d.installmentId} (payment ${d.paymentId})`
      : `Penalty ${o.penaltyId} settled by offset against payment ${d.paymentId}`,
    flags,
  });
}
