/**
 * The pure calculation core. Conventions (see calc.types.ts): money as `Money` decimal strings,
 * rates as decimal-fraction strings ("0.05" = 5 %), dates as 'YYYY-MM-DD', one half-up rounding
 * to the fen at the end of each computation, warnings never change a figure.
 */
export type {
  Rate,
  CalcWarning,
  DayUnit,
  DayWindow,
  CountThreshold,
  DayCountDivisor,
} from './calc.types';
export { meetsThreshold } from './calc.types';

export { isRate, rateDec, moneyDec, applyRate, formatPercent } from './rate.calc';

export type { PeriodBasis, ServicePeriod } from './service-period.calc';
export {
  explicitServicePeriod,
  servicePeriodFromMonths,
  serviceMonthsCompletedOn,
  inclusiveDays,
  isWithinPeriod,
} from './service-period.calc';

export type { DueTrigger, DueRule, DueFacts, ResolvedDueDate } from './due-date.calc';
export { dueDateAfter, windowCalendarVersion, resolveDueDate } from './due-date.calc';

export type {
  InstallmentSpec,
  Installment,
  InstallmentPlan,
  InstallmentOptions,
} from './installment.calc';
export { planInstallments, splitByShares, splitEvenly } from './installment.calc';

export type { BondTerms, BondAmount, BondBalance } from './bond.calc';
export {
  BOND_LEGAL_MAX_RATE,
  computeBondAmount,
  bondDepositDeadline,
  bondDeduction,
  bondRefundableBalance,
} from './bond.calc';

export type {
  LatePaymentInterestTerms,
  LatePaymentInterestInput,
  LatePaymentInterest,
} from './late-payment-interest.calc';
export { computeLatePaymentInterest } from './late-payment-interest.calc';

export type {
  PerDayPenaltyInput,
  PerDayPenalty,
  PerViolationPenaltyInput,
  PerViolationPenalty,
  RatePenaltyInput,
  RatePenalty,
  TerminationForCauseInput,
  TerminationForCause,
} from './penalty.calc';
export {
  excessivePenaltyWarning,
  daysLate,
  perDayPenalty,
  perViolationPenalty,
  ratePenalty,
  terminationForCause,
} from './penalty.calc';

export type { ProRataRefundInput, ProRataRefund } from './pro-rata-refund.calc';
export { computeProRataRefund, resolveDivisor, overlapDays } from './pro-rata-refund.calc';

export type { HoldoverFeeInput, HoldoverFee } from './holdover-fee.calc';
export { computeHoldoverFee } from './holdover-fee.calc';

export type {
  DeemedDecision,
  AcceptanceTimelineInput,
  AcceptanceTimeline,
} from './deemed-date.calc';
export { deemedDecision, acceptanceTimeline } from './deemed-date.calc';

export type { ForceMajeureInput, ForceMajeureDeduction } from './force-majeure.calc';
export { forceMajeureDeduction } from './force-majeure.calc';
