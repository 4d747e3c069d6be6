import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';
import { BOND_INSTRUMENTS, type BondInstrument } from '../terms/bond.terms';
import { S, eventSchema } from './json-schema';

export const BOND_DEPOSITED_FLAGS = ['late', 'amountMismatch', 'cashInstrument'] as const;
export type BondDepositedFlag = (typeof BOND_DEPOSITED_FLAGS)[number];

/**
 * The supplier lodged the performance bond (001 4.2: 5 % = 117,350.00 within 10 working days of
 * signing). A late or short deposit is recorded and flagged, never refused.
 */
export interface BondDeposited {
  type: 'BondDeposited';
  data: {
    occurredAt: LocalDate;
    amount: Money;
    /** The amount the terms require. */
    required: Money;
    /** Last day of the deposit window. */
    dueBy: LocalDate;
    /** Working-day data the deadline was computed with, e.g. "chinese-days@1.5.7"; null for calendar days. */
    calendarVersion: string | null;
    /**
     * How it was lodged; null when not stated. Absent in events recorded before the field
     * existed, so readers treat a missing value as null (the schema keeps it optional).
     */
    instrument?: BondInstrument | null;
    flags: BondDepositedFlag[];
  };
}

export const BOND_DEPOSITED_SCHEMA = eventSchema(
  'BondDeposited',
  'The performance bond was deposited.',
  {
    amount: S.positiveMoney,
    required: S.positiveMoney,
    dueBy: S.date,
    calendarVersion: S.nullable(S.text),
    instrument: S.nullable(S.oneOf(BOND_INSTRUMENTS)),
    flags: S.flags(BOND_DEPOSITED_FLAGS),
  },
  ['instrument'],
);
