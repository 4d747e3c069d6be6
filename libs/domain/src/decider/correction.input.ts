import type { RecordCorrection } from '../commands';
import { CORRECTABLE_EVENT_TYPES, CorrectableEventType } from '../events/correction-recorded.event';
import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import type { SignedState } from './contract.state';
import { fail } from './domain-errors';
import { requireOccurredAt, requireOneOf, requirePositiveMoney, requireText } from './guards';

interface CorrectionBase {
  occurredAt: LocalDate;
  correctionId: string;
  target: { type: CorrectableEventType; factId: string };
  reason: string;
}

/** A reversal, or an amendment stating the corrected amount and/or date (null: unchanged). */
export type CorrectionInput =
  | (CorrectionBase & { action: 'reverse' })
  | (CorrectionBase & { action: 'amend'; amount: Money | null; date: LocalDate | null });

/** Input parsing of RecordCorrection: which fact, which action, and for an amendment what changes. */
export function parseRecordCorrection(
  data: RecordCorrection['data'],
  s: SignedState,
): CorrectionInput {
  const correctionId = requireText(data.correctionId, 'data.correctionId');
  const type = requireOneOf(data.target?.type, CORRECTABLE_EVENT_TYPES, 'data.target.type');
  const factId = requireText(data.target.factId, 'data.target.factId');
  const action = requireOneOf(data.action, ['reverse', 'amend'] as const, 'data.action');
  const base = {
    occurredAt: requireOccurredAt(data.occurredAt, s),
    correctionId,
    target: { type, factId },
    reason: requireText(data.reason, 'data.reason'),
  };
  if (action === 'reverse') return { ...base, action };
  const amended = data.amended;
  if (!amended || (amended.amount === undefined && amended.occurredAt === undefined))
    fail('FIELD_REQUIRED', 'An amendment states the corrected amount and/or date', 'data.amended');
  return {
    ...base,
    action,
    amount:
      amended.amount === undefined
        ? null
        : requirePositiveMoney(amended.amount, 'data.amended.amount'),
    date: amended.occurredAt === undefined ? null : requireOccurredAt(amended.occurredAt, s),
  };
}
