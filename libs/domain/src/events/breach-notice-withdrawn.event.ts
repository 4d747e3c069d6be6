import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * The party that served a breach notice withdrew it (a notice served in error: the wrong breach,
 * the wrong contract): from then on it is as if it had never been given — no cure period runs
 * (001 15.2, 002 第十二条 2, 000 第十二条 5 start one from the notice), so no CurePeriodExpired,
 * and no termination for an uncured breach rests on it. An operational correction: the contracts
 * say nothing of withdrawing a notice, so a notice a running termination notice or the
 * termination relies on stays (withdraw the termination notice first).
 */
export interface BreachNoticeWithdrawn {
  type: 'BreachNoticeWithdrawn';
  data: {
    occurredAt: LocalDate;
    noticeId: string;
    reason: string;
  };
}

export const BREACH_NOTICE_WITHDRAWN_SCHEMA = eventSchema(
  'BreachNoticeWithdrawn',
  'A breach notice was withdrawn by the party that served it.',
  {
    noticeId: S.id,
    reason: S.text,
  },
);
