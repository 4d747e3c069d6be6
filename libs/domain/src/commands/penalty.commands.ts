import type { LocalDate } from '../shared/local-date';
import type { Money } from '../shared/money';

/**
 * Assess a penalty under rule `ruleId`. The quantity depends on the rule's kind: `days` late for
 * a per-day rule, `violations` for a per-violation rule, `occurrences` (default 1) for a share of
 * the total; `amount` only for a rule whose rate is a maximum (003 第六条 2(3)).
 */
export interface AssessPenalty {
  type: 'AssessPenalty';
  data: {
    occurredAt: LocalDate;
    penaltyId: string;
    ruleId: string;
    days?: number;
    violations?: number;
    occurrences?: number;
    amount?: Money;
    description?: string;
  };
}

export interface WaivePenalty {
  type: 'WaivePenalty';
  data: { occurredAt: LocalDate; penaltyId: string; reason: string };
}

/**
 * The supplier paid (part of) an assessed penalty in cash (000 第十二条 3; 001 5.1), rather than
 * the client offsetting it against a payment. `penaltyPaymentId` names this payment.
 */
export interface RecordPenaltyPayment {
  type: 'RecordPenaltyPayment';
  data: { occurredAt: LocalDate; penaltyPaymentId: string; penaltyId: string; amount: Money };
}

/** The penalty commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type PenaltyCommand = AssessPenalty | WaivePenalty | RecordPenaltyPayment;
