import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * Nothing is left open: every installment settled, the bond returned or used up, refunds and
 * penalties cleared. Only corrections may follow.
 */
export interface ContractClosed {
  type: 'ContractClosed';
  data: {
    occurredAt: LocalDate;
    from: 'expired' | 'terminated';
  };
}

export const CONTRACT_CLOSED_SCHEMA = eventSchema(
  'ContractClosed',
  'The contract was closed with nothing outstanding.',
  {
    from: S.oneOf(['expired', 'terminated']),
  },
);
