import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/** The party that gave notice of termination withdrew it before it took effect; the contract runs on. */
export interface TerminationNoticeWithdrawn {
  type: 'TerminationNoticeWithdrawn';
  data: {
    occurredAt: LocalDate;
    noticeId: string;
    reason: string;
  };
}

export const TERMINATION_NOTICE_WITHDRAWN_SCHEMA = eventSchema(
  'TerminationNoticeWithdrawn',
  'A termination notice was withdrawn.',
  {
    noticeId: S.id,
    reason: S.text,
  },
);
