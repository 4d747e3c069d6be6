import { assertNever, type CorrectableEventType } from '@app/domain';
import { minus, moneyOrNull, type ContractFact } from '../shared';
import { amountOf, factOf, line, offsetsOf } from './ledger-line.builders';
import type { LedgerLineKey } from './ledger-line-key';
import { CORRECTABLE, type LedgerLineRow } from './ledger-line.row';
import type { LedgerHandler } from './ledger-handler';

/** The key of a correctable fact's primary line (the event id stands in for a missing fact id). */
export function primaryKey(
  event: ContractFact<CorrectableEventType>,
  contractId: string,
): LedgerLineKey {
  const id = factOf(event).factId;
  const factId = typeof id === 'string' ? id : `?${event.eventId}`;
  return { line: 'fact', contractId, factType: event.type, factId };
}

/** The primary line of a correctable fact (invoice, payment cash, penalty, deduction, refund). */
function factLine(event: ContractFact<CorrectableEventType>, key: LedgerLineKey): LedgerLineRow {
  const c = CORRECTABLE[event.type];
  const { factId: id, installmentId, description } = factOf(event);
  const factId = String(id);
  const { amount, flags } = amountOf(event.data.amount);
  const offsets = offsetsOf(event).map((o) => ({
    penaltyId: o.penaltyId,
    amount: moneyOrNull(o.amount) ?? '0.00',
  }));
  const row = line(event, key, 0, {
    kind: c.kind,
    account: c.account,
    amount: c.sign < 0 ? minus('0.00', amount) : amount,
    installmentId,
    factType: event.type,
    factId,
    description: description(factId),
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

/** The two lines of a penalty offset (000 第十二条 8): the installment is settled, the penalty too. */
function offsetLine(
  event: ContractFact<'PaymentRecorded'>,
  key: Extract<LedgerLineKey, { line: 'offset' }>,
): LedgerLineRow | null {
  const d = event.data;
  const o = d.penaltyOffsets?.[key.index];
  if (!o) return null;
  const { amount, flags } = amountOf(o.amount);
  const onReceived = key.side === 'received';
  return line(event, key, 1 + key.index * 2 + (onReceived ? 0 : 1), {
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

/**
 * A correctable fact: its primary line keyed by the fact (corrections find it there), a flagged
 * line of its own when the same fact id was recorded before, and a payment's offset lines.
 */
export function correctable(
  type: CorrectableEventType,
): LedgerHandler<ContractFact<CorrectableEventType>> {
  return {
    main: [CORRECTABLE[type].kind, CORRECTABLE[type].account],
    keys(event, contractId) {
      const own = event.eventId;
      const offsets = offsetsOf(event).flatMap((_, index): LedgerLineKey[] => [
        { line: 'offset', eventId: own, index, side: 'received' },
        { line: 'offset', eventId: own, index, side: 'penalties' },
      ]);
      return [primaryKey(event, contractId), { line: 'duplicate', eventId: own }, ...offsets];
    },
    line(event, key, row, read, contractId) {
      switch (key.line) {
        case 'fact':
          return row ?? factLine(event, key);
        case 'duplicate': {
          // The same fact id recorded twice: the second is kept as a flagged line of its own.
          const first = read(primaryKey(event, contractId));
          if (first === null || first.event_id === event.eventId) return null;
          const dup = factLine(event, key);
          return { ...dup, fact: null, flags: [...dup.flags, 'duplicateFactId'] };
        }
        case 'offset': {
          const fact: ContractFact = event;
          return fact.type === 'PaymentRecorded' ? offsetLine(fact, key) : null;
        }
        case 'schedule':
        case 'correction':
        case 'single':
        case 'unreadable':
          return null; // not a line a correctable fact writes
        default:
          return assertNever(key, 'ledger line key');
      }
    },
  };
}
