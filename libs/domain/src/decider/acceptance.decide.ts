import type { DecideTable } from './decide-table';
import { deemedDecision, dueDateAfter, meetsThreshold } from '../calc';
import type { AcceptMilestone, DeemAcceptance, RejectAcceptance } from '../commands';
import type { AcceptanceRejectedFlag } from '../events/acceptance-rejected.event';
import type { ContractEvent } from '../events/contract-event';
import { compareDates } from '../shared/local-date';
import type { ContractState, MilestoneState, SignedState } from './contract.state';
import type { DecideContext } from './contract.queries';
import { fail } from './domain-errors';
import { requireText, admit } from './guards';

/**
 * Phase acceptance happens while the service runs (004 第七条 1: November 2022); the final one
 * after the service period ends (000 第七条 1; 001 7.3 "12 个月后"; 004 第七条 3 deemed).
 */
export const ACCEPTANCE_STATUSES = [
  'active',
  'suspended',
  'inNotice',
  'expired',
  'inHoldover',
] as const;

export function milestone(state: SignedState, id: unknown): MilestoneState {
  const m = typeof id === 'string' ? state.file.milestones[id] : undefined;
  if (!m) fail('UNKNOWN_MILESTONE', `No acceptance milestone "${String(id)}"`, 'data.milestoneId');
  return m;
}

export function requireFinalAfterService(state: SignedState, m: MilestoneState): void {
  if (m.kind === 'final' && state.file.serviceEnded === null) {
    fail(
      'SERVICE_NOT_ENDED',
      `Final acceptance needs the service period (to ${state.file.servicePeriod.end}) to have ended`,
      'data.milestoneId',
    );
  }
}

export function decideAcceptMilestone(
  command: AcceptMilestone,
  state: ContractState,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, ACCEPTANCE_STATUSES);
  const m = milestone(s, command.data.milestoneId);
  if (m.status !== 'pending') {
    if (m.status === 'accepted' && m.acceptedOn === occurredAt) return [];
    fail(
      'MILESTONE_ALREADY_ACCEPTED',
      `Milestone ${m.id} was ${m.status} on ${m.acceptedOn}`,
      'data.milestoneId',
    );
  }
  requireFinalAfterService(s, m);
  return [{ type: 'MilestoneAccepted', data: { occurredAt, milestoneId: m.id, kind: m.kind } }];
}

/** Failed acceptance → rework (004 第七条 2: 10 working days); a 2nd failure opens termination (000 第七条 3). */
export function decideRejectAcceptance(
  command: RejectAcceptance,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, ACCEPTANCE_STATUSES);
  const m = milestone(s, command.data.milestoneId);
  const reason = requireText(command.data.reason, 'data.reason');
  if (m.lastRejection && m.lastRejection.on === occurredAt && m.lastRejection.reason === reason)
    return [];
  if (m.status !== 'pending')
    fail(
      'MILESTONE_ALREADY_ACCEPTED',
      `Milestone ${m.id} was ${m.status} on ${m.acceptedOn}`,
      'data.milestoneId',
    );
  requireFinalAfterService(s, m);
  const acceptance = s.file.terms.acceptance;
  const failures = m.failures + 1;
  const threshold = acceptance.failuresOpeningTermination;
  const flags: AcceptanceRejectedFlag[] =
    threshold && meetsThreshold(failures, threshold) && !meetsThreshold(m.failures, threshold)
      ? ['terminationRightOpened']
      : [];
  const reworkBy = acceptance.reworkWithin
    ? dueDateAfter(occurredAt, acceptance.reworkWithin, ctx.calendar)
    : null;
  return [
    {
      type: 'AcceptanceRejected',
      data: { occurredAt, milestoneId: m.id, reason, reworkBy, failures, flags },
    },
  ];
}

/** 004 第七条 3: 40 working days after the service ends without signature or written objection → accepted. */
export function decideDeemAcceptance(
  command: DeemAcceptance,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, ACCEPTANCE_STATUSES);
  const m = milestone(s, command.data.milestoneId);
  if (m.status === 'deemed') return [];
  if (m.status === 'accepted')
    fail(
      'MILESTONE_ALREADY_ACCEPTED',
      `Milestone ${m.id} was accepted on ${m.acceptedOn}`,
      'data.milestoneId',
    );
  const window = s.file.terms.acceptance.deemedAcceptedAfter;
  if (!window || m.kind !== 'final') {
    fail(
      'DEEMED_ACCEPTANCE_NOT_PROVIDED',
      `The terms do not deem milestone ${m.id} accepted from silence`,
      'data.milestoneId',
    );
  }
  requireFinalAfterService(s, m);
  const decision = deemedDecision(s.file.serviceEnded!, window, ctx.calendar);
  if (compareDates(occurredAt, decision.deemedOn) < 0) {
    fail(
      'DEEMED_ACCEPTANCE_TOO_EARLY',
      `Silence counts as acceptance from ${decision.deemedOn}`,
      'data.occurredAt',
      { deemedOn: decision.deemedOn },
    );
  }
  return [
    {
      type: 'AcceptanceDeemed',
      data: {
        occurredAt,
        milestoneId: m.id,
        deemedOn: decision.deemedOn,
        calendarVersion: decision.calendarVersion,
      },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const ACCEPTANCE_DECIDE = {
  AcceptMilestone: decideAcceptMilestone,
  DeemAcceptance: decideDeemAcceptance,
  RejectAcceptance: decideRejectAcceptance,
} satisfies Partial<DecideTable>;
