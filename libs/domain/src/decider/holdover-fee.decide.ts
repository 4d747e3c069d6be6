import type { DecideTable } from './decide-table';
import type { RecordHoldoverFeePayment } from '../commands';
import type { ContractEvent, EventOf } from '../events/contract-event';
import type { HoldoverFeePaidFlag } from '../events/holdover-fee-paid.event';
import { compareDates } from '../shared/local-date';
import { compareMoney, dec, Dec, toMoney } from '../shared/money';
import type { ContractFile, ContractState } from './contract.state';
import { fail } from './domain-errors';
import { OPEN_STATUSES, recordedOnce, requirePositiveMoney, requireText, admit } from './guards';

/**
 * The holdover fee is paid. 001 2.3: the client owes it (≤ 10 % of the total); 002 第十三条 "费用按照
 * 乙方服务时间占全年服务时间的比例乘以本合同总金额计算,由新服务商提供": the new service provider owes it.
 * How the clause is read: 002 makes someone else liable, but it does not forbid the client to pay —
 * money that arrived is a fact, so a payment by a party the clause does not make liable is recorded
 * and flagged `payerNotLiable` (refusing it would leave real cash unrecorded); it settles the
 * successor's debt, never this contract's fees. More than the fee still owed is flagged `exceedsFee`.
 * Nonsense is refused: no holdover fee fixed yet (no HoldoverEnded, or a free holdover, 003 第二条
 * 2(8)) — there is nothing to pay; a payment dated before the holdover ended; a reused id.
 */
export function decideRecordHoldoverFeePayment(
  command: RecordHoldoverFeePayment,
  state: ContractState,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, OPEN_STATUSES);
  const { data } = command;
  const paymentId = requireText(data.paymentId, 'data.paymentId');
  const amount = requirePositiveMoney(data.amount, 'data.amount');
  const payer = data.payer ?? 'client';
  if (payer !== 'client' && payer !== 'successor')
    fail('INVALID_VALUE', 'data.payer must be "client" or "successor"', 'data.payer');
  const h = s.file.holdover;
  const terms = s.file.terms.holdover;
  if (!h || h.endedOn === null || h.fee === null || !terms || terms.kind !== 'proRata')
    fail(
      'HOLDOVER_FEE_NOT_FIXED',
      terms?.kind === 'free'
        ? `The holdover is free (${terms.source}): there is no fee to pay`
        : 'No holdover fee is fixed yet (HoldoverEnded fixes it)',
      'data.paymentId',
    );
  if (compareDates(occurredAt, h.endedOn) < 0)
    fail(
      'DATE_OUT_OF_ORDER',
      `The holdover fee is fixed on its last day (${h.endedOn}); a payment of it cannot be earlier`,
      'data.occurredAt',
      { holdoverEndedOn: h.endedOn },
    );
  const resent = recordedOnce(
    h.payments?.[paymentId],
    (p) => p,
    { amount, paidOn: occurredAt, payer },
    { field: 'data.paymentId', id: paymentId },
  );
  if (resent) return [];
  const owedBy = terms.paidBy;
  const paid = Object.values(h.payments ?? {}).reduce((a, p) => a.plus(dec(p.amount)), new Dec(0));
  const flags: HoldoverFeePaidFlag[] = [];
  if (payer !== owedBy) flags.push('payerNotLiable');
  if (compareMoney(toMoney(paid.plus(dec(amount))), h.fee) > 0) flags.push('exceedsFee');
  return [
    {
      type: 'HoldoverFeePaid',
      data: { occurredAt, paymentId, amount, payer, owedBy, flags },
    },
  ];
}

export function evolveHoldoverFeePaid(
  file: ContractFile,
  e: EventOf<'HoldoverFeePaid'>,
): ContractFile {
  if (!file.holdover) return file;
  const d = e.data;
  const payment = { amount: d.amount, paidOn: d.occurredAt, payer: d.payer };
  const payments = { ...file.holdover.payments, [d.paymentId]: payment };
  return { ...file, holdover: { ...file.holdover, payments } };
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const HOLDOVER_FEE_DECIDE = {
  RecordHoldoverFeePayment: decideRecordHoldoverFeePayment,
} satisfies Partial<DecideTable>;
