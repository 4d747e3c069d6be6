import type { DecideTable } from './decide-table';
import type {
  WithdrawBreachNotice,
  CureBreach,
  IssueBreachNotice,
  IssueTerminationNotice,
  WithdrawTerminationNotice,
} from '../commands';
import type { ContractEvent } from '../events/contract-event';
import { addDays, compareDates } from '../shared/local-date';
import type { ContractFile, ContractState } from './contract.state';
import { addNotice } from './contract.queries';
import { fail } from './domain-errors';
import {
  requireDate,
  requireNotBefore,
  requireOccurredAt,
  requireOneOf,
  requireSigned,
  requireFact,
  requireStatus,
  requireText,
  recordedOnce,
  admit,
} from './guards';
import {
  requireNoticeRunning,
  requireNotWithdrawn,
  requireRight,
  requireUncuredBreach,
} from './termination-rights';

const NOTICE_STATUSES = ['active', 'suspended', 'inNotice', 'expired', 'inHoldover'] as const;
const PARTIES = ['client', 'supplier'] as const;

/** Written notice of a breach; the cure period is the named right's (001 15.2: 10 days). */
export function decideIssueBreachNotice(
  command: IssueBreachNotice,
  state: ContractState,
): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, NOTICE_STATUSES);
  const { data } = command;
  const noticeId = requireText(data.noticeId, 'data.noticeId');
  const by = requireOneOf(data.by, PARTIES, 'data.by');
  const breach = requireText(data.breach, 'data.breach');
  const right = data.rightId === undefined ? null : requireRight(s.file, data.rightId, by);
  const resent = recordedOnce(
    s.file.breachNotices[noticeId],
    // A withdrawn notice is not "the same" notice resent: its id stays used.
    (n) => ({ b: n.by, t: n.breach, r: n.rightId, d: n.issuedOn, w: n.withdrawn !== null }),
    { b: by, t: breach, r: right?.id ?? null, d: occurredAt, w: false },
    { field: 'data.noticeId', id: noticeId },
  );
  if (resent) return [];
  const cureBy = right?.cureDays !== undefined ? addDays(occurredAt, right.cureDays) : null;
  return [
    {
      type: 'BreachNoticeIssued',
      data: { occurredAt, noticeId, by, breach, rightId: right?.id ?? null, cureBy },
    },
  ];
}

export function decideCureBreach(command: CureBreach, state: ContractState): ContractEvent[] {
  const { s, occurredAt } = admit(command, state, NOTICE_STATUSES);
  const notice = requireFact(
    s.file.breachNotices,
    command.data.noticeId,
    'UNKNOWN_BREACH_NOTICE',
    'breach notice',
    'data.noticeId',
  );
  requireNotWithdrawn(notice, 'data.noticeId');
  if (notice.curedOn !== null) {
    if (notice.curedOn === occurredAt) return [];
    fail('BREACH_ALREADY_CURED', `The breach was cured on ${notice.curedOn}`, 'data.noticeId');
  }
  requireNotBefore(occurredAt, notice.issuedOn, 'data.occurredAt', 'the breach notice');
  const late = notice.cureBy !== null && compareDates(occurredAt, notice.cureBy) > 0;
  return [
    {
      type: 'BreachCured',
      data: { occurredAt, noticeId: notice.noticeId, flags: late ? ['late'] : [] },
    },
  ];
}

/**
 * The party that served a breach notice withdraws it (served in error): from then on it is as if
 * never given, so no cure period runs and no termination rests on it. An operational correction —
 * the contracts' clauses (001 15.2, 002 第十二条 2, 000 第十二条 5) only start a cure period from a
 * notice — so it is refused where the notice has done its work: cured, or relied on by a running
 * termination notice (withdraw that first, TerminationNoticeWithdrawn) or by the termination (the
 * contract is terminated). Resending the same withdrawal decides nothing.
 */
export function decideWithdrawBreachNotice(
  command: WithdrawBreachNotice,
  state: ContractState,
): ContractEvent[] {
  const signed = requireSigned(state);
  const notice = requireFact(
    signed.file.breachNotices,
    command.data.noticeId,
    'UNKNOWN_BREACH_NOTICE',
    'breach notice',
    'data.noticeId',
  );
  const w = notice.withdrawn;
  if (w !== null && w.on === command.data.occurredAt && w.reason === command.data.reason) return [];
  requireNotWithdrawn(notice, 'data.noticeId');
  const { s, occurredAt } = admit(command, state, NOTICE_STATUSES);
  const reason = requireText(command.data.reason, 'data.reason');
  if (notice.curedOn !== null)
    fail('BREACH_ALREADY_CURED', `The breach was cured on ${notice.curedOn}`, 'data.noticeId');
  const relying = Object.values(s.file.terminationNotices).find(
    (n) => n.breachNoticeId === notice.noticeId && n.withdrawn === null,
  );
  if (relying)
    fail(
      'BREACH_NOTICE_RELIED_ON',
      `Termination notice ${relying.noticeId} relies on breach notice ${notice.noticeId}`,
      'data.noticeId',
      { terminationNoticeId: relying.noticeId },
    );
  requireNotBefore(occurredAt, notice.issuedOn, 'data.occurredAt', 'the breach notice');
  return [
    { type: 'BreachNoticeWithdrawn', data: { occurredAt, noticeId: notice.noticeId, reason } },
  ];
}

/**
 * Notice that the contract ends on `effectiveOn` (001 15.2: 30 days; 003 第二条 2(7): one month).
 * Only a running contract can be given notice; an uncured-breach right needs the lapsed breach notice.
 */
export function decideIssueTerminationNotice(
  command: IssueTerminationNotice,
  state: ContractState,
): ContractEvent[] {
  const signed = requireSigned(state);
  const { data } = command;
  const noticeId = requireText(data.noticeId, 'data.noticeId');
  if (resentNotice(signed.file, noticeId, data)) return [];
  const s = requireStatus(signed, ['active'], 'IssueTerminationNotice');
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const by = requireOneOf(data.by, PARTIES, 'data.by');
  const right = requireRight(s.file, data.rightId, by);
  const breach =
    right.ground === 'uncuredBreach'
      ? requireUncuredBreach(s.file, data.breachNoticeId, occurredAt)
      : null;
  const required = right.notice ? addNotice(occurredAt, right.notice) : occurredAt;
  const effectiveOn =
    data.effectiveOn === undefined ? required : requireDate(data.effectiveOn, 'data.effectiveOn');
  requireNotBefore(effectiveOn, occurredAt, 'data.effectiveOn', 'the notice');
  return [
    {
      type: 'TerminationNoticeIssued',
      data: {
        occurredAt,
        noticeId,
        by,
        rightId: right.id,
        ground: right.ground,
        breachNoticeId: breach?.noticeId ?? null,
        effectiveOn,
        flags: compareDates(effectiveOn, required) < 0 ? ['shortNotice'] : [],
      },
    },
  ];
}

/** A notice is given once: the same notice resent decides nothing (a withdrawn one is not "the same"). */
function resentNotice(
  file: ContractFile,
  noticeId: string,
  data: IssueTerminationNotice['data'],
): boolean {
  return recordedOnce(
    file.terminationNotices[noticeId],
    (n) => ({
      d: n.issuedOn,
      b: n.by,
      r: n.rightId,
      n: n.breachNoticeId,
      // An effective date the resend leaves out is the one computed then.
      e: data.effectiveOn === undefined ? undefined : n.effectiveOn,
      withdrawn: n.withdrawn !== null,
    }),
    {
      d: data.occurredAt,
      b: data.by,
      r: data.rightId,
      n: data.breachNoticeId ?? null,
      e: data.effectiveOn,
      withdrawn: false,
    },
    { field: 'data.noticeId', id: noticeId },
  );
}

export function decideWithdrawTerminationNotice(
  command: WithdrawTerminationNotice,
  state: ContractState,
): ContractEvent[] {
  const signed = requireSigned(state);
  const notice = requireFact(
    signed.file.terminationNotices,
    command.data.noticeId,
    'UNKNOWN_TERMINATION_NOTICE',
    'termination notice',
    'data.noticeId',
  );
  if (notice.withdrawn) return [];
  const s = requireStatus(signed, ['inNotice', 'suspended'], 'WithdrawTerminationNotice');
  requireNoticeRunning(s, notice);
  const occurredAt = requireOccurredAt(command.data.occurredAt, s);
  const reason = requireText(command.data.reason, 'data.reason');
  requireNotBefore(occurredAt, notice.issuedOn, 'data.occurredAt', 'the notice');
  return [
    { type: 'TerminationNoticeWithdrawn', data: { occurredAt, noticeId: notice.noticeId, reason } },
  ];
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const BREACH_NOTICE_DECIDE = {
  CureBreach: decideCureBreach,
  IssueBreachNotice: decideIssueBreachNotice,
  WithdrawBreachNotice: decideWithdrawBreachNotice,
  IssueTerminationNotice: decideIssueTerminationNotice,
  WithdrawTerminationNotice: decideWithdrawTerminationNotice,
} satisfies Partial<DecideTable>;
