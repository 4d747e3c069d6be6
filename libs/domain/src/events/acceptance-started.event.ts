import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

export const ACCEPTANCE_STARTED_FLAGS = ['late', 'withoutApplication'] as const;
export type AcceptanceStartedFlag = (typeof ACCEPTANCE_STARTED_FLAGS)[number];

/**
 * The client started the acceptance of a milestone (000 第七条 1 "启动合同验收前的准备工作";
 * 004 第七条 1 "开始对合同项目进行竣工验收"). late: after `startDueBy`; withoutApplication: the terms
 * expect the supplier's application first (000 第七条 1) and none is recorded. Both are recorded.
 */
export interface AcceptanceStarted {
  type: 'AcceptanceStarted';
  data: {
    occurredAt: LocalDate;
    milestoneId: string;
    startDueBy: LocalDate | null;
    flags: AcceptanceStartedFlag[];
  };
}

export const ACCEPTANCE_STARTED_SCHEMA = eventSchema(
  'AcceptanceStarted',
  'The client started the acceptance.',
  {
    milestoneId: S.id,
    startDueBy: S.nullable(S.date),
    flags: S.flags(ACCEPTANCE_STARTED_FLAGS),
  },
);
