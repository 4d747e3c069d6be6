import type { DayWindow, Sourced } from './common.terms';

export type ReviewCadence = 'monthly' | 'quarterly' | 'semiAnnual' | 'annual';

export const REVIEW_CADENCE_MONTHS: Record<ReviewCadence, number> = {
  monthly: 1,
  quarterly: 3,
  semiAnnual: 6,
  annual: 12,
};

/** What a failed review lets the client do. */
export type ReviewFailureConsequence =
  /** 001 6.2: deduct 【5】% of the bond. */
  | { kind: 'bondDeduction'; deductionId: string }
  /** A penalty rule (e.g. 002 第五条 1: 3 % for a failed annual acceptance). */
  | { kind: 'penalty'; penaltyId: string }
  /** 002 第六条 2: deduct from unpaid fees. */
  | { kind: 'deductFromUnpaidFees' }
  /** 001 15.2 / 002 第十二条 2: terminate when uncured `cureDays` after written notice. */
  | { kind: 'terminationRight'; cureDays: number };

/**
 * A recurring report and its review. Periods are counted from the first day of service:
 * period n covers months (n−1)·k … n·k of the service (k = cadence in months).
 */
export interface ReviewScheduleTerms extends Sourced {
  id: string;
  label: string;
  cadence: ReviewCadence;
  /** The supplier's report is due this window after the period ends (003 附件: 5 working days monthly). */
  reportDueWithin?: DayWindow;
  /** The client reviews within this window after receiving the report (001 6.3: 10 days; 002 第六条 3: 15 days). */
  reviewWindow?: DayWindow;
  /** "10 日内未提出质疑的，视为…通过" — silence past the window means passed. */
  deemedPassedOnSilence: boolean;
  onFailure: ReviewFailureConsequence[];
}
