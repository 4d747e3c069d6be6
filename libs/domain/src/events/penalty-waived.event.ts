import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

/** The client waived what is still outstanding of an assessed penalty. */
export interface PenaltyWaived {
  type: 'PenaltyWaived';
  data: {
    occurredAt: LocalDate;
    penaltyId: string;
    /** The outstanding amount waived (assessed − already offset). */
    amount: Money;
    reason: string;
  };
}

export const PENALTY_WAIVED_SCHEMA = eventSchema(
  'PenaltyWaived',
  'An assessed penalty was waived.',
  {
    penaltyId: S.id,
    amount: S.positiveMoney,
    reason: S.text,
  },
);
