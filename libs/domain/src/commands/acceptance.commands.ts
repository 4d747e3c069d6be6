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

/**
 * The supplier applied for acceptance (000 第七条 1 "服务期届满后 30 个工作日内，应向甲方提出验收申请";
 * 004 第七条 1 "乙方应当在甲方指定的验收日前向甲方提出验收申请").
 */
export interface ApplyForAcceptance {
  type: 'ApplyForAcceptance';
  data: { occurredAt: LocalDate; milestoneId: string };
}

/**
 * The client started the acceptance (000 第七条 1 "在乙方提出验收申请的 5 个工作日内启动合同验收前的准备工作";
 * 004 第七条 1 "在服务期届满后 30 个工作日内开始对合同项目进行竣工验收").
 */
export interface StartAcceptance {
  type: 'StartAcceptance';
  data: { occurredAt: LocalDate; milestoneId: string };
}

/** The acceptance commands; commands/index.ts unions the areas, so a command added here needs no other line there. */
export type AcceptanceCommand =
  AcceptMilestone | RejectAcceptance | DeemAcceptance | ApplyForAcceptance | StartAcceptance;
