import type { DecideTable } from './decide-table';
import type { EndPaymentRestriction, StartPaymentRestriction } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import { daysBetween } from '../shared/local-date';
import type { ContractState } from './contract.state';
import { fail } from './domain-errors';
import {
  OPEN_STATUSES,
  recordedOnce,
  requireFact,
  requireNotBefore,
  requireText,
  admit,
} from './guards';

/**
 * A treasury restriction starts: payment is deferred without default (000 第五条 5 "如甲方遇到财政国库
 * 支付受限，支付期限顺延，不承担违约责任"; 001 4.2; 002 第四条 3; 003 第三条 4; 004 第五条 5).
 * Refused: terms that do not excuse funding delays, a second restriction while one runs (one
 * obstacle at a time: the days would be counted twice), a reused id.
 */
export function decideStartPaymentRestriction(
  command: StartPaymentRestriction,
  state: ContractState,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, OPEN_STATUSES);
  const { data } = command;
  const restrictionId = requireText(data.restrictionId, 'data.restrictionId');
  const reason = requireText(data.reason, 'data.reason');
  const resent = recordedOnce(
    s.file.paymentRestrictions[restrictionId],
    (r) => ({ on: r.startedOn, reason: r.reason }),
    { on: occurredAt, reason },
    { field: 'data.restrictionId', id: restrictionId },
  );
  if (resent) return [];
  if (!s.file.terms.paymentSchedule.fundingDelayExcused)
    fail(
      'PAYMENT_RESTRICTION_NOT_PROVIDED',
      'The terms do not excuse payment delays caused by a treasury restriction',
    );
  const running = Object.values(s.file.paymentRestrictions).find((r) => r.endedOn === null);
  if (running)
    fail(
      'PAYMENT_RESTRICTION_RUNNING',
      `Restriction ${running.restrictionId} has run since ${running.startedOn}`,
      'data.restrictionId',
      { restrictionId: running.restrictionId },
    );
  return [{ type: 'PaymentRestrictionStarted', data: { occurredAt, restrictionId, reason } }];
}

/**
 * The obstacle is removed (000 第五条 5 "待障碍消除后，立即恢复支付"): from `occurredAt` lateness accrues
 * again. Refused: an unknown restriction, an end before its start, a second end on another date.
 */
export function decideEndPaymentRestriction(
  command: EndPaymentRestriction,
  state: ContractState,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, OPEN_STATUSES);
  const restriction = requireFact(
    s.file.paymentRestrictions,
    command.data.restrictionId,
    'UNKNOWN_PAYMENT_RESTRICTION',
    'treasury payment restriction',
    'data.restrictionId',
  );
  const resent = recordedOnce(
    restriction.endedOn,
    (endedOn) => endedOn,
    occurredAt,
    (endedOn) =>
      fail(
        'PAYMENT_RESTRICTION_ENDED',
        `Restriction ${restriction.restrictionId} ended on ${endedOn}`,
        'data.occurredAt',
      ),
  );
  if (resent) return [];
  requireNotBefore(occurredAt, restriction.startedOn, 'data.occurredAt', 'the restriction start');
  const { restrictionId, startedOn } = restriction;
  return [
    {
      type: 'PaymentRestrictionEnded',
      data: { occurredAt, restrictionId, startedOn, days: daysBetween(startedOn, occurredAt) },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const PAYMENT_RESTRICTION_DECIDE = {
  EndPaymentRestriction: decideEndPaymentRestriction,
  StartPaymentRestriction: decideStartPaymentRestriction,
} satisfies Partial<DecideTable>;
