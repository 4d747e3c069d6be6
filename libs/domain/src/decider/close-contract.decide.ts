import type { DecideTable } from './decide-table';
import type { CloseContract } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import { dec } from '../shared/money';
import type { ContractState } from './contract.state';
import { bondBalance, penaltyOutstanding, refundsPaid, settledOn } from './contract.queries';
import { fail } from './domain-errors';
import { requireOccurredAt, requireSigned, requireStatus } from './guards';

/**
 * Close an expired or terminated contract. Refused while anything is open: an installment not
 * settled (expired contracts), a bond balance, a refund or penalty outstanding, an open review.
 */
export function decideCloseContract(command: CloseContract, state: ContractState): ContractEvent[] {
  const signed = requireSigned(state);
  if (signed.status === 'closed') return [];
  const s = requireStatus(signed, ['expired', 'terminated'], 'CloseContract');
  const occurredAt = requireOccurredAt(command.data.occurredAt, s);
  const file = s.file;
  const open: string[] = [];
  if (s.status === 'expired') {
    for (const inst of file.installments) {
      if (dec(settledOn(file, inst.id)).lessThan(dec(inst.amount)))
        open.push(`installment ${inst.id} not fully paid`);
    }
  } else if (dec(s.termination.refundDue).greaterThan(dec(refundsPaid(file)))) {
    open.push('refund outstanding');
  }
  if (file.bond && dec(bondBalance(file.bond)).greaterThan(0))
    open.push('bond balance not refunded');
  for (const p of Object.values(file.penalties)) {
    if (dec(penaltyOutstanding(file, p)).greaterThan(0))
      open.push(`penalty ${p.penaltyId} outstanding`);
  }
  for (const r of Object.values(file.reviews)) {
    if (!r.conclusion) open.push(`review ${r.scheduleId} period ${r.periodIndex} not concluded`);
  }
  if (open.length > 0)
    fail('CONTRACT_HAS_OPEN_ITEMS', `Still open: ${open.join('; ')}`, undefined, { open });
  return [{ type: 'ContractClosed', data: { occurredAt, from: s.status } }];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const CLOSE_CONTRACT_DECIDE = {
  CloseContract: decideCloseContract,
} satisfies Partial<DecideTable>;
