import type { CountThreshold, Sourced } from './common.terms';

export interface RosterEntry extends Sourced {
  role: string;
  count: number;
  /** Named key person (001 12.2: 服务经理 朱鹏飞). */
  name?: string;
  onSite?: boolean;
}

export interface UnauthorizedChangeTerms extends Sourced {
  /** Days to correct after the client's notice (001 5.1: 10 days). */
  cureDays?: number;
  /** Count that opens a termination right (001 5.1: "累计发生 3 次以上" → at least 3). */
  terminationThreshold?: CountThreshold;
  /** Penalty rule applied on termination for this ground. */
  penaltyId?: string;
}

export interface StaffTerms extends Sourced {
  roster: RosterEntry[];
  /** Days of prior notice before a change (001 12.4: "提前 5 日通知"). */
  changeNoticeDays?: number;
  /** 001 12.4: "除非甲方同意，本项目所有服务人员不得改变". */
  clientApprovalRequired: boolean;
  /** The client may demand a replacement within this many days (001 13.2.5: 10 days). */
  replacementOnDemandDays?: number;
  unauthorizedChange?: UnauthorizedChangeTerms;
}
