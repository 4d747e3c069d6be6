import type { DecideTable } from './decide-table';
import { meetsThreshold } from '../calc';
import type { ApproveStaffChange, NotifyStaffChange, RejectStaffChange } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { StaffChangeNotifiedFlag } from '../events/staff-change-notified.event';
import { compareDates, daysBetween } from '../shared/local-date';
import type { ContractState, SignedState, StaffChangeState } from './contract.state';
import { fail } from './domain-errors';
import {
  optionalText,
  requireDate,
  requireNotBefore,
  requireText,
  recordedOnce,
  admit,
} from './guards';

/** Staff changes concern a contract whose service is being performed (or suspended). */
const STAFF_STATUSES = ['active', 'suspended', 'inNotice', 'inHoldover'] as const;

/**
 * 001 12.4: no change without the client's consent, 5 days' prior notice. Short notice is
 * flagged; a change already in effect when notified is an unauthorized change (001 5.1), and the
 * 3rd one opens the client's termination right.
 */
export function decideNotifyStaffChange(
  command: NotifyStaffChange,
  state: ContractState,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, STAFF_STATUSES);
  const { data } = command;
  const changeId = requireText(data.changeId, 'data.changeId');
  const role = requireText(data.role, 'data.role');
  const leaving = optionalText(data.leaving, 'data.leaving');
  const joining = optionalText(data.joining, 'data.joining');
  const effectiveOn = requireDate(data.effectiveOn, 'data.effectiveOn');
  if (leaving === null && joining === null)
    fail('FIELD_REQUIRED', 'Name who leaves or who joins', 'data.joining');
  const resent = recordedOnce(
    s.file.staffChanges[changeId],
    (c) => ({ r: c.role, l: c.leaving, j: c.joining, e: c.effectiveOn, n: c.notifiedOn }),
    { r: role, l: leaving, j: joining, e: effectiveOn, n: occurredAt },
    { field: 'data.changeId', id: changeId },
  );
  if (resent) return [];

  const staff = s.file.terms.staff;
  const flags: StaffChangeNotifiedFlag[] = [];
  const afterTheFact = compareDates(effectiveOn, occurredAt) < 0;
  if (afterTheFact) flags.push('afterTheFact');
  else if (
    staff?.changeNoticeDays !== undefined &&
    daysBetween(occurredAt, effectiveOn) < staff.changeNoticeDays
  )
    flags.push('shortNotice');
  const threshold = staff?.unauthorizedChange?.terminationThreshold;
  if (afterTheFact && threshold) {
    const before = Object.values(s.file.staffChanges).filter((c) => c.unauthorized).length;
    if (meetsThreshold(before + 1, threshold) && !meetsThreshold(before, threshold))
      flags.push('terminationRightOpened');
  }
  return [
    {
      type: 'StaffChangeNotified',
      data: { occurredAt, changeId, role, leaving, joining, effectiveOn, flags },
    },
  ];
}

function change(state: SignedState, id: unknown): StaffChangeState {
  const found = typeof id === 'string' ? state.file.staffChanges[id] : undefined;
  if (!found) fail('UNKNOWN_STAFF_CHANGE', `No staff change "${String(id)}"`, 'data.changeId');
  return found;
}

export function decideApproveStaffChange(
  command: ApproveStaffChange,
  state: ContractState,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, STAFF_STATUSES);
  const c = change(s, command.data.changeId);
  if (c.decision) {
    if (c.decision.approved) return [];
    fail(
      'STAFF_CHANGE_ALREADY_DECIDED',
      `The change was rejected on ${c.decision.decidedOn}`,
      'data.changeId',
    );
  }
  requireNotBefore(occurredAt, c.notifiedOn, 'data.occurredAt', 'the notification');
  return [{ type: 'StaffChangeApproved', data: { occurredAt, changeId: c.changeId } }];
}

export function decideRejectStaffChange(
  command: RejectStaffChange,
  state: ContractState,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, STAFF_STATUSES);
  const c = change(s, command.data.changeId);
  const reason = requireText(command.data.reason, 'data.reason');
  if (c.decision) {
    if (!c.decision.approved) return [];
    fail(
      'STAFF_CHANGE_ALREADY_DECIDED',
      `The change was approved on ${c.decision.decidedOn}`,
      'data.changeId',
    );
  }
  requireNotBefore(occurredAt, c.notifiedOn, 'data.occurredAt', 'the notification');
  return [{ type: 'StaffChangeRejected', data: { occurredAt, changeId: c.changeId, reason } }];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const STAFF_DECIDE = {
  ApproveStaffChange: decideApproveStaffChange,
  NotifyStaffChange: decideNotifyStaffChange,
  RejectStaffChange: decideRejectStaffChange,
} satisfies Partial<DecideTable>;
