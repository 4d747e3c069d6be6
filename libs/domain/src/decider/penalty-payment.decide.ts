import type { DecideTable } from './decide-table';
import type { RecordPenaltyPayment } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { PenaltyPaidFlag } from '../events/penalty-paid.event';
import { dec } from '../shared/money';
import type { ContractState } from './contract.state';
import { penaltyOutstanding } from './contract.queries';
import { fail } from './domain-errors';
import {
  OPEN_STATUSES,
  requireFact,
  requireNotBefore,
  requirePositiveMoney,
  requireText,
  recordedOnce,
  admit,
} from './guards';

/**
 * The supplier paid (part of) an assessed penalty (违约金) in cash (000 第十二条 3: 1,000.00 per
 * inspected violation; 001 5.1), rather than the client offsetting it against a payment. More than
 * is outstanding is recorded and flagged `overpayment`, never refused. Refused: an unknown, reversed
 * or waived penalty, a non-positive amount, a date before the assessment, a reused payment id.
 */
export function decideRecordPenaltyPayment(
  command: RecordPenaltyPayment,
  state: ContractState,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, OPEN_STATUSES);
  const { data } = command;
  const penaltyPaymentId = requireText(data.penaltyPaymentId, 'data.penaltyPaymentId');
  const amount = requirePositiveMoney(data.amount, 'data.amount');
  const resent = recordedOnce(
    s.file.penaltyPayments[penaltyPaymentId],
    (p) => ({ p: p.penaltyId, a: p.amount, d: p.paidOn }),
    { p: data.penaltyId, a: amount, d: occurredAt },
    { field: 'data.penaltyPaymentId', id: penaltyPaymentId },
  );
  if (resent) return [];
  const penalty = requireFact(
    s.file.penalties,
    data.penaltyId,
    'UNKNOWN_PENALTY',
    'assessed penalty',
    'data.penaltyId',
  );
  if (penalty.reversed)
    fail('UNKNOWN_PENALTY', `No assessed penalty "${penalty.penaltyId}"`, 'data.penaltyId');
  if (penalty.waived)
    fail(
      'PENALTY_NOT_OUTSTANDING',
      `Penalty ${penalty.penaltyId} was waived on ${penalty.waived.waivedOn}`,
      'data.penaltyId',
    );
  requireNotBefore(occurredAt, penalty.assessedOn, 'data.occurredAt', 'the assessment');
  const outstanding = penaltyOutstanding(s.file, penalty);
  const flags: PenaltyPaidFlag[] = dec(amount).greaterThan(dec(outstanding)) ? ['overpayment'] : [];
  return [
    {
      type: 'PenaltyPaid',
      data: { occurredAt, penaltyPaymentId, penaltyId: penalty.penaltyId, amount, flags },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const PENALTY_PAYMENT_DECIDE = {
  RecordPenaltyPayment: decideRecordPenaltyPayment,
} satisfies Partial<DecideTable>;
