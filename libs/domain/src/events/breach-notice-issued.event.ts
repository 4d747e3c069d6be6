import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * A party served written notice of a breach, starting the cure period (001 15.2: 10 days; failed
 * quarterly review 30 days; 002 第十二条 2: 30 days; 000 第十二条 5: 30 days after the demand).
 */
export interface BreachNoticeIssued {
  type: 'BreachNoticeIssued';
  data: {
    occurredAt: LocalDate;
    noticeId: string;
    by: 'client' | 'supplier';
    breach: string;
    /** The termination right the cure period belongs to (terms.termination.rights[].id), if any. */
    rightId: string | null;
    /** Last day to cure; null when no cure period applies. */
    cureBy: LocalDate | null;
  };
}

export const BREACH_NOTICE_ISSUED_SCHEMA = eventSchema(
  'BreachNoticeIssued',
  'Written notice of a breach was served.',
  {
    noticeId: S.id,
    by: S.party,
    breach: S.text,
    rightId: S.nullable(S.id),
    cureBy: S.nullable(S.date),
  },
);
