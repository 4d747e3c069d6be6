import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

export const ACCEPTANCE_APPLIED_FLAGS = ['late'] as const;
export type AcceptanceAppliedFlag = (typeof ACCEPTANCE_APPLIED_FLAGS)[number];

/**
 * The supplier applied for acceptance of a milestone (000 第七条 1; 004 第七条 1).
 * `applicationDueBy`: 000 第七条 1 "服务期届满后 30 个工作日内" (null where the terms set none);
 * late: applied after it — recorded and flagged. `startDueBy`: by when the client must start,
 * 000 第七条 1 "在乙方提出验收申请的 5 个工作日内启动" or 004 第七条 1 "服务期届满后 30 个工作日内开始".
 */
export interface AcceptanceApplied {
  type: 'AcceptanceApplied';
  data: {
    occurredAt: LocalDate;
    milestoneId: string;
    applicationDueBy: LocalDate | null;
    startDueBy: LocalDate | null;
    calendarVersion: string | null;
    flags: AcceptanceAppliedFlag[];
  };
}

export const ACCEPTANCE_APPLIED_SCHEMA = eventSchema(
  'AcceptanceApplied',
  'The supplier applied for acceptance; the start deadline follows from it.',
  {
    milestoneId: S.id,
    applicationDueBy: S.nullable(S.date),
    startDueBy: S.nullable(S.date),
    calendarVersion: S.nullable(S.text),
    flags: S.flags(ACCEPTANCE_APPLIED_FLAGS),
  },
);
