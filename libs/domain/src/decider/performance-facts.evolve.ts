import { onFile, type EvolveTable } from './evolve-helpers';
import type { EventOf } from '../events/contract-event';
import type { ContractFile } from './contract.state';
import { reviewKey } from './contract.queries';

/** How each performance fact (acceptance, review, staff, breach) changes the file. Pure. */

export function evolveMilestoneAccepted(
  file: ContractFile,
  e: EventOf<'MilestoneAccepted'>,
): ContractFile {
  const m = file.milestones[e.data.milestoneId];
  return {
    ...file,
    milestones: {
      ...file.milestones,
      [m.id]: { ...m, status: 'accepted', acceptedOn: e.data.occurredAt },
    },
  };
}

/** 000 第七条 1: the supplier's application, from which the client's 5 working days run. */
export function evolveAcceptanceApplied(
  file: ContractFile,
  e: EventOf<'AcceptanceApplied'>,
): ContractFile {
  const m = file.milestones[e.data.milestoneId];
  return {
    ...file,
    milestones: { ...file.milestones, [m.id]: { ...m, appliedOn: e.data.occurredAt } },
  };
}

/** 000 第七条 1 / 004 第七条 1: the client started the acceptance. */
export function evolveAcceptanceStarted(
  file: ContractFile,
  e: EventOf<'AcceptanceStarted'>,
): ContractFile {
  const m = file.milestones[e.data.milestoneId];
  const started = { on: e.data.occurredAt, dueBy: e.data.startDueBy };
  return { ...file, milestones: { ...file.milestones, [m.id]: { ...m, started } } };
}

export function evolveAcceptanceRejected(
  file: ContractFile,
  e: EventOf<'AcceptanceRejected'>,
): ContractFile {
  const m = file.milestones[e.data.milestoneId];
  const next = {
    ...m,
    failures: e.data.failures,
    lastRejection: { on: e.data.occurredAt, reason: e.data.reason },
  };
  return { ...file, milestones: { ...file.milestones, [m.id]: next } };
}

export function evolveAcceptanceDeemed(
  file: ContractFile,
  e: EventOf<'AcceptanceDeemed'>,
): ContractFile {
  const m = file.milestones[e.data.milestoneId];
  return {
    ...file,
    milestones: {
      ...file.milestones,
      [m.id]: { ...m, status: 'deemed', acceptedOn: e.data.deemedOn },
    },
  };
}

export function evolveReviewReportSubmitted(
  file: ContractFile,
  e: EventOf<'ReviewReportSubmitted'>,
): ContractFile {
  const d = e.data;
  const review = {
    scheduleId: d.scheduleId,
    periodIndex: d.periodIndex,
    periodStart: d.periodStart,
    periodEnd: d.periodEnd,
    reportSubmittedOn: d.occurredAt,
    conclusion: null,
  };
  return {
    ...file,
    reviews: { ...file.reviews, [reviewKey(d.scheduleId, d.periodIndex)]: review },
  };
}

export function evolveReviewConcluded(
  file: ContractFile,
  e: EventOf<'ReviewConcluded'>,
): ContractFile {
  const d = e.data;
  const key = reviewKey(d.scheduleId, d.periodIndex);
  const conclusion = { outcome: d.outcome, concludedOn: d.occurredAt, findings: d.findings };
  return { ...file, reviews: { ...file.reviews, [key]: { ...file.reviews[key], conclusion } } };
}

export function evolveStaffChangeNotified(
  file: ContractFile,
  e: EventOf<'StaffChangeNotified'>,
): ContractFile {
  const d = e.data;
  const change = {
    changeId: d.changeId,
    role: d.role,
    leaving: d.leaving,
    joining: d.joining,
    effectiveOn: d.effectiveOn,
    notifiedOn: d.occurredAt,
    unauthorized: d.flags.includes('afterTheFact'),
    decision: null,
  };
  return { ...file, staffChanges: { ...file.staffChanges, [d.changeId]: change } };
}

export function evolveStaffChangeDecided(
  file: ContractFile,
  e: EventOf<'StaffChangeApproved' | 'StaffChangeRejected'>,
): ContractFile {
  const c = file.staffChanges[e.data.changeId];
  const decision =
    e.type === 'StaffChangeApproved'
      ? { approved: true, decidedOn: e.data.occurredAt, reason: null }
      : { approved: false, decidedOn: e.data.occurredAt, reason: e.data.reason };
  return { ...file, staffChanges: { ...file.staffChanges, [c.changeId]: { ...c, decision } } };
}

export function evolveBreachNoticeIssued(
  file: ContractFile,
  e: EventOf<'BreachNoticeIssued'>,
): ContractFile {
  const d = e.data;
  const notice = {
    noticeId: d.noticeId,
    by: d.by,
    breach: d.breach,
    rightId: d.rightId,
    issuedOn: d.occurredAt,
    cureBy: d.cureBy,
    curedOn: null,
    withdrawn: null,
  };
  return { ...file, breachNotices: { ...file.breachNotices, [d.noticeId]: notice } };
}

export function evolveBreachCured(file: ContractFile, e: EventOf<'BreachCured'>): ContractFile {
  const n = file.breachNotices[e.data.noticeId];
  return {
    ...file,
    breachNotices: { ...file.breachNotices, [n.noticeId]: { ...n, curedOn: e.data.occurredAt } },
  };
}

export function evolveBreachNoticeWithdrawn(
  file: ContractFile,
  e: EventOf<'BreachNoticeWithdrawn'>,
): ContractFile {
  const n = file.breachNotices[e.data.noticeId];
  const withdrawn = { on: e.data.occurredAt, reason: e.data.reason };
  return { ...file, breachNotices: { ...file.breachNotices, [n.noticeId]: { ...n, withdrawn } } };
}

/** This file's events, for the decider's EVOLVE table (contract.evolve.ts). */
export const PERFORMANCE_EVOLVE = {
  MilestoneAccepted: onFile(evolveMilestoneAccepted),
  AcceptanceRejected: onFile(evolveAcceptanceRejected),
  AcceptanceApplied: onFile(evolveAcceptanceApplied),
  AcceptanceStarted: onFile(evolveAcceptanceStarted),
  ReviewReportSubmitted: onFile(evolveReviewReportSubmitted),
  ReviewConcluded: onFile(evolveReviewConcluded),
  StaffChangeNotified: onFile(evolveStaffChangeNotified),
  StaffChangeApproved: onFile(evolveStaffChangeDecided),
  StaffChangeRejected: onFile(evolveStaffChangeDecided),
  BreachNoticeIssued: onFile(evolveBreachNoticeIssued),
  BreachNoticeWithdrawn: onFile(evolveBreachNoticeWithdrawn),
  BreachCured: onFile(evolveBreachCured),
} satisfies Partial<EvolveTable>;
