import type { LocalDate } from '../shared/local-date';
import type { TerminationGround } from '../terms/termination.terms';
import { TERMINATION_GROUNDS } from '../terms/termination.terms';
import { S, eventSchema } from './json-schema';

export const TERMINATION_NOTICE_ISSUED_FLAGS = ['shortNotice'] as const;
export type TerminationNoticeIssuedFlag = (typeof TERMINATION_NOTICE_ISSUED_FLAGS)[number];

/**
 * A party gave written notice that the contract will end on `effectiveOn` (001 15.2: the client
 * with 30 days' notice; 003 第二条 2(7): one month). shortNotice: less than the right requires.
 */
export interface TerminationNoticeIssued {
  type: 'TerminationNoticeIssued';
  data: {
    occurredAt: LocalDate;
    noticeId: string;
    by: 'client' | 'supplier';
    rightId: string;
    ground: TerminationGround;
    breachNoticeId: string | null;
    effectiveOn: LocalDate;
    flags: TerminationNoticeIssuedFlag[];
  };
}

export const TERMINATION_NOTICE_ISSUED_SCHEMA = eventSchema(
  'TerminationNoticeIssued',
  'Notice of termination was given.',
  {
    noticeId: S.id,
    by: S.party,
    rightId: S.id,
    ground: S.oneOf(TERMINATION_GROUNDS),
    breachNoticeId: S.nullable(S.id),
    effectiveOn: S.date,
    flags: S.flags(TERMINATION_NOTICE_ISSUED_FLAGS),
  },
);
