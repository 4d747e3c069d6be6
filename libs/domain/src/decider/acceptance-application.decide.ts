import type { DecideTable } from './decide-table';
import { dueDateAfter, windowCalendarVersion } from '../calc';
import type { ApplyForAcceptance, StartAcceptance } from '../commands';
import type { AcceptanceAppliedFlag } from '../events/acceptance-applied.event';
import type { AcceptanceStartedFlag } from '../events/acceptance-started.event';
import type { ContractEvent } from '../events/contract-event';
import { compareDates, LocalDate } from '../shared/local-date';
import type { DayWindow } from '../terms/common.terms';
import { ACCEPTANCE_STATUSES, milestone, requireFinalAfterService } from './acceptance.decide';
import type { ContractState, MilestoneState, SignedState } from './contract.state';
import type { DecideContext } from './contract.queries';
import { fail } from './domain-errors';
import { recordedOnce, requireNotBefore, admit } from './guards';

/** A milestone still waiting for its acceptance, or MILESTONE_ALREADY_ACCEPTED. */
function requirePending(m: MilestoneState): void {
  if (m.status !== 'pending')
    fail(
      'MILESTONE_ALREADY_ACCEPTED',
      `Milestone ${m.id} was ${m.status} on ${m.acceptedOn}`,
      'data.milestoneId',
    );
}

/** `window` after the end of service, for the final milestone only (the windows 第七条 sets run from it). */
function afterServiceEnd(
  s: SignedState,
  m: MilestoneState,
  window: DayWindow | undefined,
  ctx: DecideContext,
): LocalDate | null {
  if (!window || m.kind !== 'final' || s.file.serviceEnded === null) return null;
  return dueDateAfter(s.file.serviceEnded, window, ctx.calendar);
}

/**
 * By when the client must start: 000 第七条 1, 5 working days after the supplier's application
 * (none until it applies); 004 第七条 1, 30 working days after the service period ends.
 */
function startDueBy(
  s: SignedState,
  m: MilestoneState,
  appliedOn: LocalDate | null,
  ctx: DecideContext,
): LocalDate | null {
  const { prepareWithin, startWithin } = s.file.terms.acceptance;
  if (prepareWithin)
    return appliedOn === null ? null : dueDateAfter(appliedOn, prepareWithin, ctx.calendar);
  return afterServiceEnd(s, m, startWithin, ctx);
}

/**
 * The supplier applied for acceptance (000 第七条 1: within 30 working days after the service
 * period ends; 004 第七条 1: before the day the client set). A late application happened: it is
 * recorded and flagged. Refused: an unknown or already accepted milestone, a final acceptance
 * applied for before the service ended (第七条 1: the application follows "服务期届满"), a second
 * application on another date.
 */
export function decideApplyForAcceptance(
  command: ApplyForAcceptance,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, ACCEPTANCE_STATUSES);
  const m = milestone(s, command.data.milestoneId);
  const resent = recordedOnce(
    m.appliedOn,
    (on) => on,
    occurredAt,
    (on) =>
      fail('ACCEPTANCE_ALREADY_APPLIED', `The supplier applied on ${on}`, 'data.occurredAt', {
        appliedOn: on,
      }),
  );
  if (resent) return [];
  requirePending(m);
  requireFinalAfterService(s, m);
  const { applyWithin, prepareWithin, startWithin } = s.file.terms.acceptance;
  const applicationDueBy = afterServiceEnd(s, m, applyWithin, ctx);
  const startBy = startDueBy(s, m, occurredAt, ctx);
  const windows = [applyWithin, prepareWithin ?? startWithin].filter((w) => w !== undefined);
  // The years the windows crossed: from the end of service (or the application) to the later deadline.
  const last = [applicationDueBy, startBy, occurredAt]
    .filter((d) => d !== null)
    .sort()
    .pop()!;
  const from = s.file.serviceEnded ?? occurredAt;
  const flags: AcceptanceAppliedFlag[] =
    applicationDueBy !== null && compareDates(occurredAt, applicationDueBy) > 0 ? ['late'] : [];
  return [
    {
      type: 'AcceptanceApplied',
      data: {
        occurredAt,
        milestoneId: m.id,
        applicationDueBy,
        startDueBy: startBy,
        calendarVersion:
          windows
            .map((w) => windowCalendarVersion(w, ctx.calendar, from, last))
            .find((v) => v !== null) ?? null,
        flags,
      },
    },
  ];
}

/**
 * The client started the acceptance (000 第七条 1 preparation within 5 working days of the
 * application; 004 第七条 1 within 30 working days after the service ends). Late, or without the
 * application 000 expects first, it still happened: recorded and flagged. Refused: an unknown or
 * accepted milestone, a final acceptance before the service ended, a start before the
 * application, a second start on another date.
 */
export function decideStartAcceptance(
  command: StartAcceptance,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, ACCEPTANCE_STATUSES);
  const m = milestone(s, command.data.milestoneId);
  const resent = recordedOnce(
    m.started,
    (st) => st.on,
    occurredAt,
    (st) =>
      fail('ACCEPTANCE_ALREADY_STARTED', `The client started on ${st.on}`, 'data.occurredAt', {
        startedOn: st.on,
      }),
  );
  if (resent) return [];
  requirePending(m);
  requireFinalAfterService(s, m);
  if (m.appliedOn !== null)
    requireNotBefore(occurredAt, m.appliedOn, 'data.occurredAt', 'the acceptance application');
  const dueBy = startDueBy(s, m, m.appliedOn, ctx);
  const flags: AcceptanceStartedFlag[] = [];
  if (dueBy !== null && compareDates(occurredAt, dueBy) > 0) flags.push('late');
  if (s.file.terms.acceptance.applyWithin && m.kind === 'final' && m.appliedOn === null)
    flags.push('withoutApplication');
  return [
    {
      type: 'AcceptanceStarted',
      data: { occurredAt, milestoneId: m.id, startDueBy: dueBy, flags },
    },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const ACCEPTANCE_APPLICATION_DECIDE = {
  ApplyForAcceptance: decideApplyForAcceptance,
  StartAcceptance: decideStartAcceptance,
} satisfies Partial<DecideTable>;
