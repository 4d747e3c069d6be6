import type { CorrectableEventType } from '../events/correction-recorded.event';
import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';

/** A supplementary agreement adding `addedAmount` (001 14.1: all together ≤ 10 % of the total). */
export interface SignAmendment {
  type: 'SignAmendment';
  data: {
    occurredAt: LocalDate;
    amendmentId: string;
    description: string;
    addedAmount: Money;
    /** Schedules the added amount as a new installment. */
    installment?: { id: string; label: string; dueBy?: LocalDate };
  };
}

/** Reverse an earlier fact, or amend its amount and/or date; the fact is named by its own id. */
export interface RecordCorrection {
  type: 'RecordCorrection';
  data: {
    occurredAt: LocalDate;
    correctionId: string;
    target: { type: CorrectableEventType; factId: string };
    action: 'reverse' | 'amend';
    amended?: { amount?: Money; occurredAt?: LocalDate };
    reason: string;
  };
}

/** The amendment commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type AmendmentCommand = SignAmendment | RecordCorrection;
