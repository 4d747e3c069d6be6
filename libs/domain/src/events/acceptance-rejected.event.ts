import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

export const ACCEPTANCE_REJECTED_FLAGS = ['terminationRightOpened'] as const;
export type AcceptanceRejectedFlag = (typeof ACCEPTANCE_REJECTED_FLAGS)[number];

/**
 * The acceptance failed; the supplier must rework (004 第七条 2: within 10 working days).
 * A second failure opens the client's termination right (000 第七条 3; 001 5.1 "二次验收仍未通过").
 */
export interface AcceptanceRejected {
  type: 'AcceptanceRejected';
  data: {
    occurredAt: LocalDate;
    milestoneId: string;
    reason: string;
    /** Last day for the rework; null when the terms set no window. */
    reworkBy: LocalDate | null;
    /** Failed acceptances of this milestone so far, this one included. */
    failures: number;
    flags: AcceptanceRejectedFlag[];
  };
}

export const ACCEPTANCE_REJECTED_SCHEMA = eventSchema(
  'AcceptanceRejected',
  'An acceptance failed and rework is due.',
  {
    milestoneId: S.id,
    reason: S.text,
    reworkBy: S.nullable(S.date),
    failures: S.positiveCount,
    flags: S.flags(ACCEPTANCE_REJECTED_FLAGS),
  },
);
