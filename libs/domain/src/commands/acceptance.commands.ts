import type { LocalDate } from '../shared/local-date';

/** The client signed off a milestone (phase or final). */
export interface AcceptMilestone {
  type: 'AcceptMilestone';
  data: { occurredAt: LocalDate; milestoneId: string };
}

/** The acceptance failed; rework is due (004 第七条 2). */
export interface RejectAcceptance {
  type: 'RejectAcceptance';
  data: { occurredAt: LocalDate; milestoneId: string; reason: string };
}

/** Record that silence made the final acceptance happen (004 第七条 3). */
export interface DeemAcceptance {
  type: 'DeemAcceptance';
  data: { occurredAt: LocalDate; milestoneId: string };
}
