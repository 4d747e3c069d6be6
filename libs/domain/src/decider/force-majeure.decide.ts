import type { DecideTable } from './decide-table';
import {
  dueDateAfter,
  forceMajeureDeduction,
  inclusiveDays,
  meetsThreshold,
  overlapDays,
} from '../calc';
import type { DeclareForceMajeure, EndForceMajeure } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { ForceMajeureEndedFlag } from '../events/force-majeure-ended.event';
import { addDays, compareDates, LocalDate } from '../shared/local-date';
import type { ContractFile, ContractState, ForceMajeureState } from './contract.state';
import type { DecideContext } from './contract.queries';
import { fail } from './domain-errors';
import {
  requireDate,
  requireNotBefore,
  requireOccurredAt,
  requireOneOf,
  requireSigned,
  requireFact,
  requireStatus,
  requireText,
  recordedOnce,
} from './guards';

/** Force majeure suspends performance (000 第十九条: written notice within 24 hours, else flagged). */
export function decideDeclareForceMajeure(
  command: DeclareForceMajeure,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const signed = requireSigned(state);
  const { data } = command;
  const forceMajeureId = requireText(data.forceMajeureId, 'data.forceMajeureId');
  const resent = recordedOnce(
    signed.file.forceMajeure[forceMajeureId],
    (fm) => ({ d: fm.startedOn, b: fm.by, n: fm.notifiedOn, t: fm.description }),
    { d: data.occurredAt, b: data.by, n: data.notifiedOn, t: data.description },
    { field: 'data.forceMajeureId', id: forceMajeureId },
  );
  if (resent) return [];
  const s = requireStatus(signed, ['active', 'inNotice', 'inHoldover'], 'DeclareForceMajeure');
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const by = requireOneOf(data.by, ['client', 'supplier'] as const, 'data.by');
  const notifiedOn = requireDate(data.notifiedOn, 'data.notifiedOn');
  const description = requireText(data.description, 'data.description');
  requireNotBefore(notifiedOn, occurredAt, 'data.notifiedOn', 'the start of the event');
  const window = s.file.terms.forceMajeure?.noticeWithin;
  const late =
    window !== undefined &&
    compareDates(notifiedOn, dueDateAfter(occurredAt, window, ctx.calendar)) > 0;
  return [
    {
      type: 'ForceMajeureDeclared',
      data: {
        occurredAt,
        forceMajeureId,
        by,
        notifiedOn,
        description,
        flags: late ? ['lateNotice'] : [],
      },
    },
  ];
}

/**
 * Performance resumes. The client may deduct fees for the suspended days (000 第十九条); the
 * period is extended by the time lost where the terms say so (001 10.1); durations past the
 * thresholds (000 第二十条) are flagged.
 */
export function decideEndForceMajeure(
  command: EndForceMajeure,
  state: ContractState,
): ContractEvent[] {
  const signed = requireSigned(state);
  const fm = requireFact(
    signed.file.forceMajeure,
    command.data.forceMajeureId,
    'UNKNOWN_FORCE_MAJEURE',
    'force-majeure event',
    'data.forceMajeureId',
  );
  const resent = recordedOnce(
    fm.endedOn,
    (on) => on,
    command.data.occurredAt,
    (on) =>
      fail(
        'UNKNOWN_FORCE_MAJEURE',
        `Force majeure ${fm.forceMajeureId} ended on ${on}`,
        'data.forceMajeureId',
      ),
  );
  if (resent) return [];
  const s = requireStatus(signed, ['suspended'], 'EndForceMajeure');
  const occurredAt = requireOccurredAt(command.data.occurredAt, s);
  requireNotBefore(occurredAt, fm.startedOn, 'data.occurredAt', 'the start of the event');
  return [
    {
      type: 'ForceMajeureEnded',
      data: {
        occurredAt,
        forceMajeureId: fm.forceMajeureId,
        ...suspensionEffects(s.file, fm, occurredAt),
      },
    },
  ];
}

/**
 * What the suspension `fm.startedOn` … `endedOn` did to the contract: the fee the client may deduct
 * (000 第十九条), the service end moved by the days lost (001 10.1), thresholds passed (000 第二十条).
 */
function suspensionEffects(file: ContractFile, fm: ForceMajeureState, endedOn: LocalDate) {
  const terms = file.terms.forceMajeure;
  const sp = file.servicePeriod;
  const suspendedDays = inclusiveDays(fm.startedOn, endedOn);
  const feeDeduction = terms?.feeDeductionForSuspendedPeriod
    ? forceMajeureDeduction({
        periodFee: file.total,
        servicePeriod: sp,
        suspendedFrom: fm.startedOn,
        suspendedTo: endedOn,
        divisor: file.terms.termination.refund.divisor,
      }).deduction
    : '0.00';
  const lost = overlapDays(sp, fm.startedOn, endedOn);
  const extendedServiceEnd = terms?.extendsServicePeriod && lost > 0 ? addDays(sp.end, lost) : null;
  const flags: ForceMajeureEndedFlag[] = [];
  if (terms?.renegotiateAfter && meetsThreshold(suspendedDays, terms.renegotiateAfter))
    flags.push('renegotiationDue');
  if (terms?.terminationAfter && meetsThreshold(suspendedDays, terms.terminationAfter))
    flags.push('terminationRightOpened');
  return { suspendedDays, feeDeduction, extendedServiceEnd, flags };
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const FORCE_MAJEURE_DECIDE = {
  DeclareForceMajeure: decideDeclareForceMajeure,
  EndForceMajeure: decideEndForceMajeure,
} satisfies Partial<DecideTable>;
