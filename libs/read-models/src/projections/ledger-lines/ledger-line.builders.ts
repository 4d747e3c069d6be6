import { assertNever, type CorrectableEventType } from '@app/domain';
import { businessDateOf, contractIdOf, dataOf, moneyOrNull, textOrNull } from '../shared';
import type { ContractFact } from '../shared';
import type { RecordedEvent } from '@app/event-store';
import { lineKeyText, type LedgerLineKey } from './ledger-line-key';
import type { LedgerAccount, LedgerLineKind, LedgerLineRow } from './ledger-line.row';

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
  key: LedgerLineKey,
  lineNo: number,
  spec: LineSpec,
): LedgerLineRow {
  const { date, valid } = businessDateOf(event);
  const own = dataOf(event).flags;
  return {
    line_key: lineKeyText(key),
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

/** A payment's penalty offsets (000 第十二条 8); other facts have none. */
export function offsetsOf(event: ContractFact): { penaltyId: string; amount: string }[] {
  return event.type === 'PaymentRecorded' ? (event.data.penaltyOffsets ?? []) : [];
}

/** A correctable fact's id and installment, and how its line describes it. */
export function factOf(event: ContractFact<CorrectableEventType>): {
  factId: unknown;
  installmentId: string | null;
  description: (factId: string) => string;
} {
  switch (event.type) {
    case 'InvoiceReceived': {
      const { invoiceId, installmentId } = event.data;
      const i = textOrNull(installmentId);
      return {
        factId: invoiceId,
        installmentId: i,
        description: (id) => `Invoice ${id} received for installment ${i}`,
      };
    }
    case 'PaymentRecorded': {
      const { paymentId, installmentId } = event.data;
      const i = textOrNull(installmentId);
      return {
        factId: paymentId,
        installmentId: i,
        description: (id) => `Payment ${id} (cash) for installment ${i}`,
      };
    }
    case 'PenaltyAssessed':
      return {
        factId: event.data.penaltyId,
        installmentId: null,
        description: (id) => `Penalty ${id} assessed (${textOrNull(event.data.ruleId)})`,
      };
    case 'BondDeducted':
      return {
        factId: event.data.deductionId,
        installmentId: null,
        description: (id) => `Bond deduction ${id}: ${textOrNull(event.data.reason)}`,
      };
    case 'RefundPaid':
      return {
        factId: event.data.refundId,
        installmentId: null,
        description: (id) => `Termination refund ${id} paid back by the supplier`,
      };
    default:
      return assertNever(event, 'correctable fact');
  }
}
