import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { S, eventSchema } from './json-schema';

export const BOND_REFUNDED_FLAGS = ['beforeRefundTrigger'] as const;
export type BondRefundedFlag = (typeof BOND_REFUNDED_FLAGS)[number];

/**
 * The client returned the bond balance (001 4.2: after final acceptance, according to the
 * performance assessment). Refunding before the trigger is the client's choice: flagged.
 */
export interface BondRefunded {
  type: 'BondRefunded';
  data: {
    occurredAt: LocalDate;
    amount: Money;
    flags: BondRefundedFlag[];
  };
}

export const BOND_REFUNDED_SCHEMA = eventSchema(
  'BondRefunded',
  'The bond balance was returned to the supplier.',
  {
    amount: S.positiveMoney,
    flags: S.flags(BOND_REFUNDED_FLAGS),
  },
);
