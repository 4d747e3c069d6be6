import { cancellationContribution, happenedBy, outstandingContribution } from '@app/domain';
import type { PaymentScheduleRow } from './row-types';
import type { LedgerLineView } from './ledger.view';

/** A ledger line (or a termination's cancellation) and what it contributes to outstanding fees. */
export interface Explanation {
  eventId: string;
  position: string;
  eventType: string;
  kind: string;
  account: string;
  amount: string;
  contribution: string;
  businessDate: string;
  description: string;
  corrects: LedgerLineView['corrects'];
}

/** A ledger line with what it contributes to outstanding fees (domain outstandingContribution). */
export function explain(l: LedgerLineView): Explanation {
  const contribution = outstandingContribution(l.account, l.amount);
  return {
    eventId: l.eventId,
    position: l.position,
    eventType: l.eventType,
    kind: l.kind,
    account: l.account,
    amount: l.amount,
    contribution,
    businessDate: l.businessDate,
    description: l.description,
    corrects: l.corrects,
  };
}

/**
 * The installments a termination cancelled (their trigger had not occurred and nothing was paid
 * on them by the termination date), as expected-account lines of the ContractTerminated event:
 * 002 第十二条 2 — on termination the fee is for the days performed, so an installment for later
 * work is no longer owed. After a termination with a refund basis, expected = what was scheduled
 * − these cancellations − the refund due = the fees earned for the performed period
 * (002: 2,045,000.00 − 613,500.00 − 322,157.53 = 1,109,342.47 = 2,045,000.00 × 198 ÷ 365), and
 * expected − (received − refunds paid) = outstanding holds line by line.
 */
export function cancellationLines(
  schedule: PaymentScheduleRow | null,
  asOf?: string,
): (Explanation & { installmentId: string })[] {
  return (schedule?.installments ?? []).flatMap((i) => {
    const c = i.cancelled;
    if (!c || !happenedBy(c.on, asOf)) return [];
    const amount = cancellationContribution(c.amount);
    return [
      {
        installmentId: i.id,
        eventId: c.source.eventId,
        position: c.source.position,
        eventType: 'ContractTerminated',
        kind: 'cancellation',
        account: 'expected',
        amount,
        contribution: amount,
        businessDate: c.on ?? '',
        description: `Installment ${i.id} cancelled by the termination: its trigger had not occurred and nothing was paid on it`,
        corrects: null,
      },
    ];
  });
}
