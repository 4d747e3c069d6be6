import type { ContractEventType } from '@app/domain';

/**
 * Contract events that move no figure of any finance read model (contract row, payment schedule,
 * ledger, bond, termination refund), decided once here rather than as the same run of 'ignore'
 * entries in every projection's table:
 * - the steps of a review or an acceptance procedure and staff changes, which the rows read only
 *   through their outcome (ReviewConcluded's deduction is a BondDeducted; an acceptance is a
 *   MilestoneAccepted or AcceptanceDeemed; the deadlines they start are the domain's as-of
 *   arithmetic: 000 第七条, 001 6.2, 001 12.4);
 * - deadline facts, which "never change money by themselves" (issue 11): the rows' as-of
 *   arithmetic already knows the deadline they record.
 * Typed, so a new event type still does not compile until it is either listed here (one
 * decision, for every projection) or decided in each projection's table. A projection that does
 * read one of these (the obligations, the timeline) may still name it in its table.
 */
export const FIGURE_NEUTRAL_EVENTS = [
  'AcceptanceApplied',
  'AcceptanceRejected',
  'AcceptanceStarted',
  'ReviewReportSubmitted',
  'ReviewConcluded',
  'StaffChangeNotified',
  'StaffChangeApproved',
  'StaffChangeRejected',
  'InstallmentBecameOverdue',
  'ReviewDeemedPassed',
  'BondRefundOverdue',
  'CurePeriodExpired',
  'DeadlineRescheduled',
] as const satisfies readonly ContractEventType[];

export type FigureNeutralType = (typeof FIGURE_NEUTRAL_EVENTS)[number];

/**
 * Contract events that of the finance read models only the contract row reads: the notices (a
 * breach notice served, cured or withdrawn — its cure period; a termination notice given or
 * withdrawn — the status and its effective day, 001 15.2). They move no money, so the payment
 * schedule, ledger, bond and termination refund ignore them without a line each; the contract
 * row's table must decide each (ContractRowHandlers), so a new one does not compile until it has.
 */
export const CONTRACT_ROW_EVENTS = [
  'BreachNoticeIssued',
  'BreachNoticeWithdrawn',
  'BreachCured',
  'TerminationNoticeIssued',
  'TerminationNoticeWithdrawn',
] as const satisfies readonly ContractEventType[];

export type ContractRowType = (typeof CONTRACT_ROW_EVENTS)[number];

/** The event types every finance projection must decide about in its own table. */
export type FigureMovingType = Exclude<ContractEventType, FigureNeutralType | ContractRowType>;
