import type { LocalDate } from '../shared/local-date';

/** Written notice of a breach; the cure period comes from the named termination right. */
export interface IssueBreachNotice {
  type: 'IssueBreachNotice';
  data: {
    occurredAt: LocalDate;
    noticeId: string;
    by: 'client' | 'supplier';
    breach: string;
    rightId?: string;
  };
}

/** The party that served breach notice `noticeId` withdraws it (served in error); see BreachNoticeWithdrawn. */
export interface WithdrawBreachNotice {
  type: 'WithdrawBreachNotice';
  data: { occurredAt: LocalDate; noticeId: string; reason: string };
}

export interface CureBreach {
  type: 'CureBreach';
  data: { occurredAt: LocalDate; noticeId: string };
}

/**
 * Notice that the contract will end under termination right `rightId`. `effectiveOn` defaults to
 * the right's notice period after `occurredAt`. An uncured-breach right needs the breach notice.
 */
export interface IssueTerminationNotice {
  type: 'IssueTerminationNotice';
  data: {
    occurredAt: LocalDate;
    noticeId: string;
    by: 'client' | 'supplier';
    rightId: string;
    breachNoticeId?: string;
    effectiveOn?: LocalDate;
  };
}

export interface WithdrawTerminationNotice {
  type: 'WithdrawTerminationNotice';
  data: { occurredAt: LocalDate; noticeId: string; reason: string };
}

/**
 * End the contract on `occurredAt`: after a notice (`noticeId`), at once under a right that needs
 * no notice (`rightId`, plus `breachNoticeId` for an uncured breach), or by mutual agreement (`by: 'both'`).
 */
export interface TerminateContract {
  type: 'TerminateContract';
  data: {
    occurredAt: LocalDate;
    by: 'client' | 'supplier' | 'both';
    noticeId?: string;
    rightId?: string;
    breachNoticeId?: string;
  };
}

/** The termination commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type TerminationCommand =
  | IssueBreachNotice
  | WithdrawBreachNotice
  | CureBreach
  | IssueTerminationNotice
  | WithdrawTerminationNotice
  | TerminateContract;
