import type { ContractEvent } from '../events/contract-event';
import { assertNever } from '../shared/decider';
import type { ContractState } from './contract.state';
import { evolveCorrectionRecorded } from './correction.evolve';
import { signedOrCorrupt, withFile } from './evolve-helpers';
import { evolveHoldoverFeePaid } from './holdover-fee.decide';
import * as money from './money-facts.evolve';
import * as perf from './performance-facts.evolve';
import * as lifecycle from './lifecycle.evolve';
import { evolveDeadlineFact } from '../deadlines/deadline-fact.evolve';

/** Applies one event to the state. Pure and total over the event union. */
export function evolve(state: ContractState, event: ContractEvent): ContractState {
  if (event.type === 'ContractSigned') {
    if (state.status !== 'draft') throw new Error('Corrupt stream: a second ContractSigned');
    return lifecycle.evolveContractSigned(event);
  }
  const s = signedOrCorrupt(state, event);
  switch (event.type) {
    case 'BondDeposited':
      return withFile(s, (f) => money.evolveBondDeposited(f, event));
    case 'BondDeducted':
      return withFile(s, (f) => money.evolveBondDeducted(f, event));
    case 'BondRefunded':
      return withFile(s, (f) => money.evolveBondRefunded(f, event));
    case 'InvoiceReceived':
      return withFile(s, (f) => money.evolveInvoiceReceived(f, event));
    case 'InvoiceRejected':
      return withFile(s, (f) => money.evolveInvoiceRejected(f, event));
    case 'PaymentRecorded':
      return withFile(s, (f) => money.evolvePaymentRecorded(f, event));
    case 'MilestoneAccepted':
      return withFile(s, (f) => perf.evolveMilestoneAccepted(f, event));
    case 'AcceptanceRejected':
      return withFile(s, (f) => perf.evolveAcceptanceRejected(f, event));
    case 'AcceptanceDeemed':
      return withFile(s, (f) => evolveDeadlineFact(perf.evolveAcceptanceDeemed(f, event), event));
    case 'InstallmentBecameOverdue':
    case 'ReviewDeemedPassed':
    case 'BondRefundOverdue':
    case 'CurePeriodExpired':
    case 'DeadlineRescheduled':
      return withFile(s, (f) => evolveDeadlineFact(f, event));
    case 'AcceptanceApplied':
      return withFile(s, (f) => perf.evolveAcceptanceApplied(f, event));
    case 'AcceptanceStarted':
      return withFile(s, (f) => perf.evolveAcceptanceStarted(f, event));
    case 'ReviewReportSubmitted':
      return withFile(s, (f) => perf.evolveReviewReportSubmitted(f, event));
    case 'ReviewConcluded':
      return withFile(s, (f) => perf.evolveReviewConcluded(f, event));
    case 'StaffChangeNotified':
      return withFile(s, (f) => perf.evolveStaffChangeNotified(f, event));
    case 'StaffChangeApproved':
    case 'StaffChangeRejected':
      return withFile(s, (f) => perf.evolveStaffChangeDecided(f, event));
    case 'PenaltyAssessed':
      return withFile(s, (f) => money.evolvePenaltyAssessed(f, event));
    case 'PenaltyWaived':
      return withFile(s, (f) => money.evolvePenaltyWaived(f, event));
    case 'PenaltyPaid':
      return withFile(s, (f) => money.evolvePenaltyPaid(f, event));
    case 'LateInterestPaid':
      return withFile(s, (f) => money.evolveLateInterestPaid(f, event));
    case 'LateInterestWaived':
      return withFile(s, (f) => money.evolveLateInterestWaived(f, event));
    case 'PaymentRestrictionStarted':
      return withFile(s, (f) => money.evolvePaymentRestrictionStarted(f, event));
    case 'PaymentRestrictionEnded':
      return withFile(s, (f) => money.evolvePaymentRestrictionEnded(f, event));
    case 'BreachNoticeIssued':
      return withFile(s, (f) => perf.evolveBreachNoticeIssued(f, event));
    case 'BreachCured':
      return withFile(s, (f) => perf.evolveBreachCured(f, event));
    case 'RefundPaid':
      return withFile(s, (f) => money.evolveRefundPaid(f, event));
    case 'AmendmentSigned':
      return withFile(s, (f) => money.evolveAmendmentSigned(f, event));
    case 'PaymentApplicationConfirmed':
      return withFile(s, (f) => money.evolvePaymentApplicationConfirmed(f, event));
    case 'FinalPaymentAdjusted':
      return withFile(s, (f) => money.evolveFinalPaymentAdjusted(f, event));
    case 'CorrectionRecorded':
      return withFile(s, (f) => evolveCorrectionRecorded(f, event));
    case 'TerminationNoticeIssued':
      return lifecycle.evolveTerminationNoticeIssued(s, event);
    case 'TerminationNoticeWithdrawn':
      return lifecycle.evolveTerminationNoticeWithdrawn(s, event);
    case 'ContractTerminated':
      return lifecycle.evolveContractTerminated(s, event);
    case 'ServicePeriodEnded':
      return lifecycle.evolveServicePeriodEnded(s, event);
    case 'HoldoverStarted':
      return lifecycle.evolveHoldoverStarted(s, event);
    case 'HoldoverEnded':
      return lifecycle.evolveHoldoverEnded(s, event);
    case 'HoldoverFeePaid':
      return withFile(s, (f) => evolveHoldoverFeePaid(f, event));
    case 'ForceMajeureDeclared':
      return lifecycle.evolveForceMajeureDeclared(s, event);
    case 'ForceMajeureEnded':
      return lifecycle.evolveForceMajeureEnded(s, event);
    case 'ContractClosed':
      return lifecycle.evolveContractClosed(s, event);
    default:
      return assertNever(event, 'event');
  }
}
