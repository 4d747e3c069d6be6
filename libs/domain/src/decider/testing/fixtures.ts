import type { ContractCommand } from '../../commands';
import type { ContractEvent } from '../../events/contract-event';
import { CONTRACT_000_TERMS } from '../../terms/examples/contract-000.terms';
import { CONTRACT_001_TERMS } from '../../terms/examples/contract-001.terms';
import { CONTRACT_002_TERMS } from '../../terms/examples/contract-002.terms';
import { CONTRACT_003_TERMS } from '../../terms/examples/contract-003.terms';
import { CONTRACT_004_TERMS } from '../../terms/examples/contract-004.terms';
import type { ContractTerms } from '../../terms/contract.terms';
import { play } from './given-when-then';

/** The ContractSigned event the decider produces for `terms` — fixtures start from real events. */
export function signed(terms: ContractTerms, contractId: string): ContractEvent[] {
  return play([], {
    type: 'SignContract',
    data: { occurredAt: terms.signingDate, contractId, terms },
  });
}

export const SIGNED_000 = signed(CONTRACT_000_TERMS, 'c-000');
export const SIGNED_001 = signed(CONTRACT_001_TERMS, 'c-001');
export const SIGNED_002 = signed(CONTRACT_002_TERMS, 'c-002');
export const SIGNED_003 = signed(CONTRACT_003_TERMS, 'c-003');
export const SIGNED_004 = signed(CONTRACT_004_TERMS, 'c-004');

/** Command builders with defaults, so specs only state what matters. */
export const cmd = {
  pay: (
    installmentId: string,
    amount: string,
    occurredAt: string,
    paymentId = `pay-${installmentId}-${occurredAt}`,
  ): ContractCommand => ({
    type: 'RecordPayment',
    data: { occurredAt, paymentId, installmentId, amount },
  }),
  invoice: (
    installmentId: string,
    amount: string,
    occurredAt: string,
    invoiceId = `inv-${installmentId}`,
  ): ContractCommand => ({
    type: 'RecordInvoice',
    data: { occurredAt, invoiceId, installmentId, amount },
  }),
  accept: (milestoneId: string, occurredAt: string): ContractCommand => ({
    type: 'AcceptMilestone',
    data: { occurredAt, milestoneId },
  }),
  endService: (occurredAt: string): ContractCommand => ({
    type: 'EndServicePeriod',
    data: { occurredAt },
  }),
  report: (scheduleId: string, periodIndex: number, occurredAt: string): ContractCommand => ({
    type: 'SubmitReviewReport',
    data: { occurredAt, scheduleId, periodIndex },
  }),
  conclude: (
    scheduleId: string,
    periodIndex: number,
    outcome: 'passed' | 'failed' | 'deemedPassed',
    occurredAt: string,
  ): ContractCommand => ({
    type: 'ConcludeReview',
    data: { occurredAt, scheduleId, periodIndex, outcome },
  }),
  deposit: (amount: string, occurredAt: string): ContractCommand => ({
    type: 'DepositBond',
    data: { occurredAt, amount },
  }),
  /** The supplier declares force majeure, notifying the client the same day (000 第十八条). */
  declareForceMajeure: (
    occurredAt: string,
    description: string,
    forceMajeureId = 'fm-1',
  ): ContractCommand => ({
    type: 'DeclareForceMajeure',
    data: { occurredAt, forceMajeureId, by: 'supplier', notifiedOn: occurredAt, description },
  }),
};
