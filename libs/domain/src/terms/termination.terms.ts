import type { DayCountDivisor, DayWindow, NoticePeriod, PartyRole, Sourced } from './common.terms';

export type TerminationGround =
  /** The client ends the contract without fault (001 15.2 30 days' notice; 003 第二条 2(7) restructuring). */
  | 'convenience'
  /** A breach not cured within the cure period after a written notice (001 15.2, 002 第十二条 2, 000 第十二条 5). */
  | 'uncuredBreach'
  /** A breach that lets the client terminate at once (000 第十二条 4 confidentiality; 002 第五条 1). */
  | 'cause'
  /** Force majeure lasting beyond the stated days (000 第二十条: more than 60 days). */
  | 'forceMajeure'
  /** Supplier's exit over a fee dispute, 6 months after written notice (001 11.2). */
  | 'feeDispute'
  | 'mutual';

export const TERMINATION_GROUNDS: readonly TerminationGround[] = [
  'convenience',
  'uncuredBreach',
  'cause',
  'forceMajeure',
  'feeDispute',
  'mutual',
];

export interface TerminationRight extends Sourced {
  id: string;
  holder: PartyRole | 'either';
  ground: TerminationGround;
  /** Prior written notice before termination takes effect. */
  notice?: NoticePeriod;
  /** Days the breaching party has to cure after a breach notice. */
  cureDays?: number;
  /** On this ground the supplier refunds everything paid (000 第十二条 6). Otherwise pro rata. */
  refundAllPaid?: boolean;
}

/**
 * How fees for the unperformed part come back after an early termination.
 * 002 第十二条 2: "每日的技术服务费 = 年度技术服务费 ÷ 365 天…收到甲方解除通知的 30 日内完成返还"
 *   → divisor 365, within 30 days of the notice.
 * 003 第二条 2(7): "根据…实际服务据实结算…收到甲方通知 5 日内…退还" → actual days, within 5 days.
 */
export interface TerminationRefundTerms extends Sourced {
  divisor: DayCountDivisor;
  /** Counted from the termination notice (or from the termination day when none was given). */
  within?: DayWindow;
}

export interface TerminationTerms extends Sourced {
  rights: TerminationRight[];
  refund: TerminationRefundTerms;
  /** The termination day itself counts as a performed (paid) day. Default true. */
  terminationDayPerformed: boolean;
}
