import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * A breach notice's cure period ended without a cure: `occurredAt` is the day after `cureBy`
 * (001 15.2 "经书面通知后 10 日内仍未改正"; 000 第十二条 "经甲方催告后 30 日内仍未改正";
 * 002 第十二条 2: 30 days). What it opens is the named termination right (`rightId`); the right is
 * exercised, and any penalty assessed, by acts of their own — this fact changes no money.
 */
export interface CurePeriodExpired {
  type: 'CurePeriodExpired';
  data: {
    occurredAt: LocalDate;
    factId: string;
    noticeId: string;
    cureBy: LocalDate;
    /** The termination right the cure period belongs to, if any. */
    rightId: string | null;
  };
}

export const CURE_PERIOD_EXPIRED_SCHEMA = eventSchema(
  'CurePeriodExpired',
  "A breach notice's cure period passed without a cure (opens its right; changes no money).",
  {
    factId: S.id,
    noticeId: S.id,
    cureBy: S.date,
    rightId: S.nullable(S.id),
  },
);
