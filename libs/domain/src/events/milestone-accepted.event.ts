import type { LocalDate } from '../shared/local-date';
import { S, eventSchema } from './json-schema';

/**
 * The client signed off a phase or the final acceptance (验收合格; 000 第七条 2 "双方签署验收报告").
 * Phase acceptance releases e.g. 000's interim payment; final acceptance the last one.
 */
export interface MilestoneAccepted {
  type: 'MilestoneAccepted';
  data: {
    occurredAt: LocalDate;
    milestoneId: string;
    kind: 'phase' | 'final';
  };
}

export const MILESTONE_ACCEPTED_SCHEMA = eventSchema(
  'MilestoneAccepted',
  'A phase or the final acceptance passed.',
  {
    milestoneId: S.id,
    kind: S.oneOf(['phase', 'final']),
  },
);
