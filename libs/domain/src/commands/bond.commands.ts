import type { BondInstrument } from '../terms/bond.terms';
import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';

/** The supplier lodged the performance bond (001 4.2). */
export interface DepositBond {
  type: 'DepositBond';
  /** `instrument`: how it was lodged (实施条例 第48条), when known. */
  data: { occurredAt: LocalDate; amount: Money; instrument?: BondInstrument };
}

/**
 * The client keeps part of the bond. With `ruleId` naming a deduction rule that has a rate, the
 * amount is computed (001 6.2: 5 % of 117,350.00 = 5,867.50) and `amount`, when given, must match.
 * A failed-assessment rule needs the failed `review`.
 */
export interface DeductBond {
  type: 'DeductBond';
  data: {
    occurredAt: LocalDate;
    deductionId: string;
    ruleId?: string;
    amount?: Money;
    reason: string;
    review?: { scheduleId: string; periodIndex: number };
  };
}

/** The client returns the bond; `amount` defaults to the whole remaining balance. */
export interface RefundBond {
  type: 'RefundBond';
  data: { occurredAt: LocalDate; amount?: Money };
}

/** The bond commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type BondCommand = DepositBond | DeductBond | RefundBond;
