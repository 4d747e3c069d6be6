import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

export const FORCE_MAJEURE_ENDED_FLAGS = ['renegotiationDue', 'terminationRightOpened'] as const;
export type ForceMajeureEndedFlag = (typeof FORCE_MAJEURE_ENDED_FLAGS)[number];

/**
 * Performance resumes. `feeDeduction`: fees for the suspended days the client may deduct
 * (000 第十九条); zero when the terms grant none. `extendedServiceEnd`: the new last day of
 * service when the terms extend the period by the time lost (001 10.1, 002 第九条 1).
 */
export interface ForceMajeureEnded {
  type: 'ForceMajeureEnded';
  data: {
    /** Last suspended day. */
    occurredAt: LocalDate;
    forceMajeureId: string;
    suspendedDays: number;
    feeDeduction: Money;
    extendedServiceEnd: LocalDate | null;
    flags: ForceMajeureEndedFlag[];
  };
}

export const FORCE_MAJEURE_ENDED_SCHEMA = eventSchema(
  'ForceMajeureEnded',
  'Force majeure ended; performance resumes.',
  {
    forceMajeureId: S.id,
    suspendedDays: S.positiveCount,
    feeDeduction: S.nonNegativeMoney,
    extendedServiceEnd: S.nullable(S.date),
    flags: S.flags(FORCE_MAJEURE_ENDED_FLAGS),
  },
);
