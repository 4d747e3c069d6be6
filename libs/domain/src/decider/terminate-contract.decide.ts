import type { DecideTable } from './decide-table';
import { computeProRataRefund, dueDateAfter, inclusiveDays, meetsThreshold } from '../calc';
import type { TerminateContract } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { RefundBasis } from '../events/contract-terminated.event';
import { addDays, compareDates, LocalDate } from '../shared/local-date';
import { dec, Money } from '../shared/money';
import type { TerminationGround, TerminationRight } from '../terms/termination.terms';
import type { ContractFile, ContractState, SignedState } from './contract.state';
import { DecideContext, feesReceived } from './contract.queries';
import { fail } from './domain-errors';
import {
  recordedOnce,
  requireOccurredAt,
  requireOneOf,
  requireSigned,
  requireStatus,
} from './guards';
import { requireNoticeRunning, requireRight, requireUncuredBreach } from './termination-rights';

interface Basis {
  right: TerminationRight | null;
  ground: TerminationGround;
  noticeId: string | null;
  noticeIssuedOn: LocalDate | null;
}

type Party = 'client' | 'supplier' | 'both';

/**
 * End the contract early. The refund owed is fixed now: everything received when the right says
 * so (000 第十二条 6), otherwise the fees received for the days after the termination date
 * (002 第十二条 2: daily fee = 2,045,000.00 ÷ 365), computed by the calc module.
 */
export function decideTerminateContract(
  command: TerminateContract,
  state: ContractState,
  ctx: DecideContext,
): ContractEvent[] {
  const { data } = command;
  const by = requireOneOf(data.by, ['client', 'supplier', 'both'] as const, 'data.by');
  if (resentTermination(state, data, by)) return [];
  const s = requireStatus(
    requireSigned(state),
    ['active', 'suspended', 'inNotice'],
    'TerminateContract',
  );
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const basis = terminationBasis(s, data, by, occurredAt);
  const file = s.file;
  const refund = refundOwed(file, basis.right, occurredAt);
  const within = file.terms.termination.refund.within;
  // 002 第十二条 2 "乙方应在收到甲方解除通知的 30 日内完成返还义务": counted from the notice (or the termination).
  const refundDueBy =
    within && refund.refundBasis !== 'none'
      ? dueDateAfter(basis.noticeIssuedOn ?? occurredAt, within, ctx.calendar)
      : null;
  const performedThrough = file.terms.termination.terminationDayPerformed
    ? occurredAt
    : addDays(occurredAt, -1);
  return [
    {
      type: 'ContractTerminated',
      data: {
        occurredAt,
        by,
        rightId: basis.right?.id ?? null,
        ground: basis.ground,
        noticeId: basis.noticeId,
        performedThrough,
        ...refund,
        refundDueBy,
      },
    },
  ];
}

/** The termination is recorded once: the same termination resent decides nothing. */
function resentTermination(state: ContractState, data: TerminateContract['data'], by: Party) {
  return recordedOnce(
    state.status === 'terminated' ? state.termination : null,
    (t) => ({
      d: t.terminatedOn,
      b: t.by,
      n: t.noticeId,
      r: t.noticeId === null ? t.rightId : null,
    }),
    {
      d: data.occurredAt,
      b: by,
      n: data.noticeId ?? null,
      r: data.noticeId === undefined ? (data.rightId ?? null) : null,
    },
    (t) => fail('CONTRACT_ALREADY_TERMINATED', `The contract was terminated on ${t.terminatedOn}`),
  );
}

/** What the supplier must give back of the fees received (000 第十二条 6 all; 002 第十二条 2 pro rata). */
function refundOwed(
  file: ContractFile,
  right: TerminationRight | null,
  on: LocalDate,
): { refundBasis: RefundBasis; refundDue: Money; formula: string } {
  const received = feesReceived(file);
  if (!dec(received).greaterThan(0))
    return {
      refundBasis: 'none',
      refundDue: '0.00',
      formula: 'nothing received, nothing to refund',
    };
  if (right?.refundAllPaid)
    return {
      refundBasis: 'allPaid',
      refundDue: received,
      formula: `refund of all fees received = ${received}`,
    };
  const r = computeProRataRefund({
    servicePeriod: file.servicePeriod,
    terminationDate: on,
    annualFee: file.total,
    feesReceived: received,
    divisor: file.terms.termination.refund.divisor,
    terminationDayPerformed: file.terms.termination.terminationDayPerformed,
  });
  return { refundBasis: 'proRata', refundDue: r.refund, formula: r.formula };
}

/** The right the termination exercises: through a notice that has run, or directly. */
function terminationBasis(
  s: SignedState,
  data: TerminateContract['data'],
  by: Party,
  on: LocalDate,
): Basis {
  if (data.noticeId !== undefined) return noticeBasis(s, data.noticeId, by, on);
  if (by === 'both') return { right: null, ground: 'mutual', noticeId: null, noticeIssuedOn: null };
  if (data.rightId === undefined)
    fail(
      'FIELD_REQUIRED',
      'Name the termination right, the notice, or terminate by mutual agreement',
      'data.rightId',
    );
  const right = requireRight(s.file, data.rightId, by);
  if (right.notice)
    fail(
      'TERMINATION_NOTICE_REQUIRED',
      `Right ${right.id} requires ${right.notice.count} ${right.notice.unit}' notice`,
      'data.rightId',
    );
  if (right.ground === 'uncuredBreach') requireUncuredBreach(s.file, data.breachNoticeId, on);
  if (right.ground === 'forceMajeure') requireLongForceMajeure(s, on);
  return { right, ground: right.ground, noticeId: null, noticeIssuedOn: null };
}

/** 001 15.2 / 003 第二条 2(7): a termination on notice takes effect when the running notice has elapsed. */
function noticeBasis(s: SignedState, noticeId: unknown, by: Party, on: LocalDate): Basis {
  const notice = typeof noticeId === 'string' ? s.file.terminationNotices[noticeId] : undefined;
  if (!notice)
    fail(
      'UNKNOWN_TERMINATION_NOTICE',
      `No termination notice "${String(noticeId)}"`,
      'data.noticeId',
    );
  requireNoticeRunning(s, notice);
  if (notice.by !== by)
    fail(
      'TERMINATION_RIGHT_NOT_HELD',
      `Notice ${notice.noticeId} was given by the ${notice.by}`,
      'data.by',
    );
  if (compareDates(on, notice.effectiveOn) < 0)
    fail(
      'TERMINATION_NOTICE_PERIOD_NOT_ELAPSED',
      `The notice takes effect on ${notice.effectiveOn}`,
      'data.occurredAt',
      { effectiveOn: notice.effectiveOn },
    );
  const right = requireRight(s.file, notice.rightId, by);
  return {
    right,
    ground: right.ground,
    noticeId: notice.noticeId,
    noticeIssuedOn: notice.issuedOn,
  };
}

/** 000 第二十条: either side may terminate once force majeure has lasted more than 【60】 days. */
function requireLongForceMajeure(s: SignedState, on: LocalDate): void {
  if (s.status !== 'suspended')
    fail('FORCE_MAJEURE_TOO_SHORT', 'No force majeure is running', 'data.rightId');
  const fm = s.file.forceMajeure[s.forceMajeureId];
  const days = inclusiveDays(fm.startedOn, on);
  const threshold = s.file.terms.forceMajeure?.terminationAfter;
  if (threshold && !meetsThreshold(days, threshold)) {
    fail(
      'FORCE_MAJEURE_TOO_SHORT',
      `Force majeure has lasted ${days} days; the terms need ${threshold.comparison} ${threshold.count}`,
      'data.occurredAt',
    );
  }
}

/** This file's commands, for the decider's DECIDE table (contract.decide.ts). */
export const TERMINATE_CONTRACT_DECIDE = {
  TerminateContract: decideTerminateContract,
} satisfies Partial<DecideTable>;
