import type { LocalDate } from '../shared/local-date';
import type { CountThreshold, DayWindow, Sourced } from './common.terms';

/** A point at which the client accepts the work: a phase (004 第七条 1, November 2022) or the final one. */
export interface MilestoneTerms extends Sourced {
  id: string;
  kind: 'phase' | 'final';
  label: string;
  /** Planned date or month-end, when the contract names one ("甲方于 2022 年 11 月…阶段性验收"). */
  plannedBy?: LocalDate;
}

export interface AcceptanceTerms extends Sourced {
  /** Exactly one milestone of kind 'final'. */
  milestones: MilestoneTerms[];
  /** The supplier applies within this window after the service ends (000 第七条 1: 30 working days). */
  applyWithin?: DayWindow;
  /**
   * The client starts (the preparation of) acceptance within this window after the supplier's
   * application (000 第七条 1 "在乙方提出验收申请的 5 个工作日内启动合同验收前的准备工作": 5 working days).
   */
  prepareWithin?: DayWindow;
  /** The client starts acceptance within this window after the service ends (004 第七条 1: 30 working days). */
  startWithin?: DayWindow;
  /** Rework after a failed acceptance (004 第七条 2: 10 working days; 001 5.1: 【3】 days). */
  reworkWithin?: DayWindow;
  /**
   * Deemed accepted when the client has neither signed nor objected in writing within this window
   * after the service ends (004 第七条 3: 40 working days). Absent: no deemed acceptance.
   */
  deemedAcceptedAfter?: DayWindow;
  /** Failed acceptances that open a termination right (000 第七条 3, 001 5.1: a second failure). */
  failuresOpeningTermination?: CountThreshold;
}
