import { computeProRataRefund, dueDateAfter, inclusiveDays, meetsThreshold } from '../calc';
import type { TerminateContract } from '../commands';
import type { ContractEvent } from '../events/contract-event';
import type { RefundBasis } from '../events/contract-terminated.event';
import { addDays, compareDates, LocalDate } from '../shared/local-date';
import { dec } from '../shared/money';
import type { TerminationGround, TerminationRight } from '../terms/termination.terms';
import type { ContractState, SignedState } from './contract.state';
import { DecideContext, feesReceived } from './contract.queries';
import { fail } from './domain-errors';
import { requireOccurredAt, requireOneOf, requireSigned, requireStatus, sameData } from './guards';
import { requireRight, requireUncuredBreach } from './termination-rights';

interface Basis {
  right: TerminationRight | null;
  ground: TerminationGround;
  noticeId: string | null;
  noticeIssuedOn: LocalDate | null;
}

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
  if (state.status === 'terminated') {
    const t = state.termination;
    const same = sameData(
      { d: t.terminatedOn, b: t.by, n: t.noticeId, r: t.noticeId === null ? t.rightId : null },
      {
        d: data.occurredAt,
        b: by,
        n: data.noticeId ?? null,
        r: data.noticeId === undefined ? (data.rightId ?? null) : null,
      },
    );
    if (same) return [];
    fail('CONTRACT_ALREADY_TERMINATED', `The contract was terminated on ${t.terminatedOn}`);
  }
  const s = requireStatus(
    requireSigned(state),
    ['active', 'suspended', 'inNotice'],
    'TerminateContract',
  );
  const occurredAt = requireOccurredAt(data.occurredAt, s);
  const basis = terminationBasis(s, data, by, occurredAt);

  const file = s.file;
  const received = feesReceived(file);
  const performedThrough = file.terms.termination.terminationDayPerformed
    ? occurredAt
    : addDays(occurredAt, -1);
  let refundBasis: RefundBasis;
  let refundDue: string;
  let formula: string;
  if (!dec(received).greaterThan(0)) {
    [refundBasis, refundDue, formula] = ['none', '0.00', 'nothing received, nothing to refund'];
  } else if (basis.right?.refundAllPaid) {
    [refundBasis, refundDue, formula] = [
      'allPaid',
      received,
      `refund of all fees received = ${received}`,
    ];
  } else {
    const r = computeProRataRefund({
      servicePeriod: file.servicePeriod,
      terminationDate: occurredAt,
      annualFee: file.total,
      feesReceived: received,
      divisor: file.terms.termination.refund.divisor,
      terminationDayPerformed: file.terms.termination.terminationDayPerformed,
    });
    [refundBasis, refundDue, formula] = ['proRata', r.refund, r.formula];
  }
  const within = file.terms.termination.refund.within;
  const refundDueBy =
    within && refundBasis !== 'none'
      ? dueDateAfter(basis.noticeIssuedOn ?? occurredAt, within, ctx.calendar)
      : null;
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
        refundBasis,
        refundDue,
        refundDueBy,
        formula,
      },
    },
  ];
}

function terminationBasis(
  s: SignedState,
  data: TerminateContract['data'],
  by: 'client' | 'supplier' | 'both',
  on: LocalDate,
): Basis {
  const file = s.file;
  if (data.noticeId !== undefined) {
    const notice =
      typeof data.noticeId === 'string' ? file.terminationNotices[data.noticeId] : undefined;
    if (!notice)
      fail(
        'UNKNOWN_TERMINATION_NOTICE',
        `No termination notice "${String(data.noticeId)}"`,
        'data.noticeId',
      );
    const running =
      s.status === 'inNotice'
        ? s.noticeId
        : s.status === 'suspended' && s.resume.status === 'inNotice'
          ? s.resume.noticeId
          : null;
    if (running !== notice.noticeId)
      fail(
        'TERMINATION_NOTICE_NOT_PENDING',
        `Notice ${notice.noticeId} is not running`,
        'data.noticeId',
      );
    if (notice.by !== by)
      fail(
        'TERMINATION_RIGHT_NOT_HELD',
        `Notice ${notice.noticeId} was given by the ${notice.by}`,
        'data.by',
      );
    if (compareDates(on, notice.effectiveOn) < 0) {
      fail(
        'TERMINATION_NOTICE_PERIOD_NOT_ELAPSED',
        `The notice takes effect on ${notice.effectiveOn}`,
        'data.occurredAt',
        { effectiveOn: notice.effectiveOn },
      );
    }
    const right = requireRight(file, notice.rightId, by);
    return {
      right,
      ground: right.ground,
      noticeId: notice.noticeId,
      noticeIssuedOn: notice.issuedOn,
    };
  }
  if (by === 'both') return { right: null, ground: 'mutual', noticeId: null, noticeIssuedOn: null };
  if (data.rightId === undefined)
    fail(
      'FIELD_REQUIRED',
      'Name the termination right, the notice, or terminate by mutual agreement',
      'data.rightId',
    );
  const right = requireRight(file, data.rightId, by);
  if (right.notice)
    fail(
      'TERMINATION_NOTICE_REQUIRED',
      `Right ${right.id} requires ${right.notice.count} ${right.notice.unit}' notice`,
      'data.rightId',
    );
  if (right.ground === 'uncuredBreach') requireUncuredBreach(file, data.breachNoticeId, on);
  if (right.ground === 'forceMajeure') requireLongForceMajeure(s, on);
  return { right, ground: right.ground, noticeId: null, noticeIssuedOn: null };
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
