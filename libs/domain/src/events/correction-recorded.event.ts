import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

/** Facts that can be corrected, each named by the fact id its command chose. */
export const CORRECTABLE_EVENT_TYPES = [
  'PaymentRecorded',
  'InvoiceReceived',
  'BondDeducted',
  'PenaltyAssessed',
  'RefundPaid',
] as const;
export type CorrectableEventType = (typeof CORRECTABLE_EVENT_TYPES)[number];

/**
 * An earlier fact was wrong. History is never edited: this event reverses the fact, or amends its
 * amount and/or business date; folding the stream applies it. `flags` are the amended fact's flags
 * recomputed (e.g. a payment that was an overpayment only because of a typo loses the flag).
 */
export interface CorrectionRecorded {
  type: 'CorrectionRecorded';
  data: {
    occurredAt: LocalDate;
    correctionId: string;
    target: { type: CorrectableEventType; factId: string };
    action: 'reverse' | 'amend';
    /** The corrected values; null for a reversal. */
    amended: { amount: Money | null; occurredAt: LocalDate | null } | null;
    reason: string;
    flags: string[];
  };
}

export const CORRECTION_RECORDED_SCHEMA = eventSchema(
  'CorrectionRecorded',
  'An earlier fact was reversed or amended.',
  {
    correctionId: S.id,
    target: S.object({ type: S.oneOf(CORRECTABLE_EVENT_TYPES), factId: S.id }),
    action: S.oneOf(['reverse', 'amend']),
    amended: S.nullable(
      S.object({ amount: S.nullable(S.positiveMoney), occurredAt: S.nullable(S.date) }),
    ),
    reason: S.text,
    flags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
  },
);
