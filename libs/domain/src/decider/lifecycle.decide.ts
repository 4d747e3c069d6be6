import type { DecideTable } from './decide-table';
import { computeHoldoverFee, resolveDivisor } from '../calc';
import type { EndHoldover, EndServicePeriod, StartHoldover } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import { addDays, compareDates } from '../shared/local-date';
import type { ContractState } from './contract.state';
import { fail } from './domain-errors';
import { requireNotBefore, requireOccurredAt, requireSigned, requireStatus } from './guards';

/** The service period has run out (服务期届满), on or after its last day. */
export function decideEndServicePeriod(
  command: EndServicePeriod,
  state: ContractState,
): ContractEvent[] {
  const signed = requireSigned(state);
  if (signed.status === 'expired' || signed.status === 'inHoldover') return [];
  const s = requireStatus(signed, ['active', 'inNotice'], 'EndServicePeriod');
  const occurredAt = requireOccurredAt(command.data.occurredAt, s);
  const serviceEnd = s.file.servicePeriod.end;
  if (compareDates(occurredAt, serviceEnd) < 0) {
    fail('SERVICE_PERIOD_NOT_ENDED', `The service runs until ${serviceEnd}`, 'data.occurredAt', {
      serviceEnd,
    });
  }
  return [{ type: 'ServicePeriodEnded', data: { occurredAt, serviceEnd } }];
}

/** Service continues after expiry until a successor arrives (001 2.3; 002 第十三条; 003 第二条 2(8)). */
export function decideStartHoldover(command: StartHoldover, state: ContractState): ContractEvent[] {
  const signed = requireSigned(state);
  const holdover = signed.file.holdover;
  if (holdover) {
    if (holdover.startedOn === command.data.occurredAt) return [];
    fail(
      'HOLDOVER_ALREADY_STARTED',
      `Holdover service started on ${holdover.startedOn}`,
      'data.occurredAt',
    );
  }
  const s = requireStatus(signed, ['expired'], 'StartHoldover');
  if (!s.file.terms.holdover)
    fail('HOLDOVER_NOT_PROVIDED', 'The terms provide no holdover service');
  const occurredAt = requireOccurredAt(command.data.occurredAt, s);
  requireNotBefore(
    occurredAt,
    addDays(s.serviceEnd, 1),
    'data.occurredAt',
    'the day after the service ended',
  );
  return [{ type: 'HoldoverStarted', data: { occurredAt } }];
}

/**
 * The successor took over; the holdover fee is fixed (002 第十三条 days ÷ 365 × total, paid by
 * the successor; 001 2.3 capped at 10 % of the total; 003 free).
 */
export function decideEndHoldover(command: EndHoldover, state: ContractState): ContractEvent[] {
  const signed = requireSigned(state);
  const holdover = signed.file.holdover;
  if (holdover?.endedOn) {
    if (holdover.endedOn === command.data.occurredAt) return [];
    fail(
      'HOLDOVER_NOT_RUNNING',
      `Holdover service ended on ${holdover.endedOn}`,
      'data.occurredAt',
    );
  }
  if (signed.status !== 'inHoldover')
    fail('HOLDOVER_NOT_RUNNING', 'No holdover service is running');
  const s = signed;
  const occurredAt = requireOccurredAt(command.data.occurredAt, s);
  requireNotBefore(occurredAt, s.holdoverStartedOn, 'data.occurredAt', 'the start of the holdover');
  const terms = s.file.terms.holdover!;
  const fee = computeHoldoverFee({
    pricing: terms.kind === 'free' ? 'free' : 'pro-rata',
    contractTotal: s.file.terms.total.taxInclusive,
    from: s.holdoverStartedOn,
    to: occurredAt,
    fullYearDays: terms.kind === 'free' ? 365 : resolveDivisor(terms.divisor, s.file.servicePeriod),
    ...(terms.kind === 'proRata' && terms.cap !== undefined ? { capRate: terms.cap } : {}),
  });
  return [
    {
      type: 'HoldoverEnded',
      data: {
        occurredAt,
        days: fee.days,
        fee: fee.fee,
        capped: fee.capped,
        paidBy: terms.kind === 'free' ? null : terms.paidBy,
        formula: fee.formula,
      },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const LIFECYCLE_DECIDE = {
  EndHoldover: decideEndHoldover,
  EndServicePeriod: decideEndServicePeriod,
  StartHoldover: decideStartHoldover,
} satisfies Partial<DecideTable>;
