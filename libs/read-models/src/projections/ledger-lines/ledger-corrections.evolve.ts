import { minus, moneyOrNull, negate, refOf, sum, type ContractFact } from '../shared';
import type { LedgerHandler } from './ledger-handler';
import { line } from './ledger-line.builders';
import type { LedgerLineKey } from './ledger-line-key';
import { CORRECTABLE, type LedgerLineRow } from './ledger-line.row';

type Correction = ContractFact<'CorrectionRecorded'>;

/** The primary line of the fact a correction corrects. */
function correctedKey(event: Correction, contractId: string): LedgerLineKey {
  const { type, factId } = event.data.target;
  return { line: 'fact', contractId, factType: type, factId };
}

/**
 * A correction as lines on the corrected fact's account: a reversal is the negative of the fact
 * as it stands; an amendment the difference to the amended amount; a date-only amendment a 0.00
 * line. Reversing a payment also reverses its penalty offsets (the penalties are owed again).
 * A correction of a fact the ledger does not know is a flagged 0.00 line.
 */
function correctionLine(
  event: Correction,
  key: Extract<LedgerLineKey, { line: 'correction' }>,
  primary: LedgerLineRow | null,
): LedgerLineRow | null {
  const d = event.data;
  const target = CORRECTABLE[d.target.type];
  const fact = primary?.fact ?? null;
  const n = key.n;
  const corrects = {
    type: d.target.type,
    factId: d.target.factId,
    eventId: primary?.event_id ?? null,
    position: primary?.position ?? null,
  };
  const base = (amount: string, account = target?.account ?? 'received', flags: string[] = []) => ({
    ...line(event, key, n, {
      kind: 'correction',
      account,
      amount,
      installmentId: fact?.installmentId ?? null,
      factType: d.target.type,
      factId: d.target.factId,
      description: `Correction (${d.action}) of ${d.target.type} ${d.target.factId}: ${d.reason}`,
      flags,
    }),
    corrects,
  });
  if (fact === null) return n === 0 ? base('0.00', undefined, ['unknownFact']) : null;
  if (fact.reversed) return n === 0 ? base('0.00', fact.account, ['correctsReversedFact']) : null;
  const offsets = sum(fact.offsets.map((o) => o.amount));
  if (d.action === 'reverse') {
    if (n === 0) return base(fact.sign < 0 ? fact.amount : negate(fact.amount), fact.account);
    if (offsets === '0.00') return null;
    return n === 1 ? base(negate(offsets), 'received') : base(offsets, 'penalties');
  }
  if (n !== 0) return null;
  const amended = moneyOrNull(d.amended?.amount ?? null);
  const delta = amended === null ? '0.00' : minus(amended, fact.amount);
  return base(fact.sign < 0 ? negate(delta) : delta, fact.account);
}

/** The corrected fact's primary line records the correction and the fact's new state. */
function correctedFact(event: Correction, row: LedgerLineRow | null): LedgerLineRow | null {
  if (row === null || row.fact === null) return row;
  const d = event.data;
  const fact = row.fact.reversed
    ? row.fact
    : d.action === 'reverse'
      ? { ...row.fact, reversed: true }
      : {
          ...row.fact,
          amount: moneyOrNull(d.amended?.amount ?? null) ?? row.fact.amount,
          date: d.amended?.occurredAt ?? row.fact.date,
        };
  return { ...row, fact, corrected_by: [...row.corrected_by, refOf(event)] };
}

/**
 * CorrectionRecorded: its own lines first (they read the fact as it stood before the
 * correction), then the corrected fact's primary line (which records the correction). A payment
 * can carry penalty offsets, so its correction may need up to three lines.
 */
export const correction: LedgerHandler<Correction> = {
  main: ['correction', 'received'],
  keys(event, contractId) {
    const own =
      event.data.target.type === 'PaymentRecorded' ? ([0, 1, 2] as const) : ([0] as const);
    return [
      ...own.map((n): LedgerLineKey => ({ line: 'correction', eventId: event.eventId, n })),
      correctedKey(event, contractId),
    ];
  },
  line(event, key, row, read, contractId) {
    if (key.line === 'correction') {
      return correctionLine(event, key, read(correctedKey(event, contractId)));
    }
    return correctedFact(event, row);
  },
};
