import type { EvolveTable } from './evolve-helpers';
import { inclusiveDays } from '../calc';
import type { EventOf } from '../events/contract-event';
import { assertNever } from '../shared/decider';
import { addDays } from '../shared/local-date';
import type {
  ContractFile,
  ContractState,
  InstallmentState,
  MilestoneState,
  ResumeTarget,
  SignedState,
} from './contract.state';
import { FactMap } from './fact-map';

/** ContractSigned opens the file: terms plus the figures resolved at signing. */
export function evolveContractSigned(e: EventOf<'ContractSigned'>): ContractState {
  const d = e.data;
  const { terms } = d;
  const amounts = new Map(d.installments.map((i) => [i.id, i.amount]));
  const installments: InstallmentState[] = terms.paymentSchedule.installments.map((i) => ({
    id: i.id,
    label: i.label,
    amount: amounts.get(i.id)!,
    trigger: i.trigger,
    due: i.due ?? null,
    adjustableToBudget: i.adjustableToBudget ?? false,
    amendmentId: null,
  }));
  const milestones: Record<string, MilestoneState> = Object.fromEntries(
    terms.acceptance.milestones.map((m) => [
      m.id,
      {
        id: m.id,
        kind: m.kind,
        status: 'pending',
        failures: 0,
        lastRejection: null,
        appliedOn: null,
        started: null,
      },
    ]),
  );
  const sp = d.servicePeriod;
  const file: ContractFile = {
    contractId: d.contractId,
    terms,
    signedOn: d.occurredAt,
    servicePeriod: {
      start: sp.start,
      end: sp.end,
      days: sp.days,
      basis: sp.basis,
      from: sp.from,
      ...(sp.months !== null ? { months: sp.months } : {}),
    },
    total: terms.total.taxInclusive,
    installments,
    invoices: {},
    payments: FactMap.empty(),
    paymentTotals: { settledByInstallment: {}, offsetByPenalty: {} },
    applicationConfirmations: {},
    penaltyPayments: {},
    lateInterestPayments: {},
    lateInterestWaivers: {},
    paymentRestrictions: {},
    bond:
      d.bondAmount === null
        ? null
        : { required: d.bondAmount, deposit: null, deductions: {}, refund: null },
    milestones,
    serviceEnded: null,
    reviews: {},
    staffChanges: {},
    penalties: {},
    breachNotices: {},
    terminationNotices: {},
    forceMajeure: {},
    amendments: {},
    refunds: {},
    corrections: {},
    deadlineFacts: {},
    holdover: null,
  };
  return { status: 'active', file };
}

export function evolveTerminationNoticeIssued(
  state: SignedState,
  e: EventOf<'TerminationNoticeIssued'>,
): ContractState {
  const d = e.data;
  const notice = {
    noticeId: d.noticeId,
    by: d.by,
    rightId: d.rightId,
    ground: d.ground,
    breachNoticeId: d.breachNoticeId,
    issuedOn: d.occurredAt,
    effectiveOn: d.effectiveOn,
    withdrawn: null,
  };
  const file = {
    ...state.file,
    terminationNotices: { ...state.file.terminationNotices, [d.noticeId]: notice },
  };
  return { status: 'inNotice', file, noticeId: d.noticeId };
}

export function evolveTerminationNoticeWithdrawn(
  state: SignedState,
  e: EventOf<'TerminationNoticeWithdrawn'>,
): ContractState {
  const n = state.file.terminationNotices[e.data.noticeId];
  const withdrawn = { on: e.data.occurredAt, reason: e.data.reason };
  const file = {
    ...state.file,
    terminationNotices: { ...state.file.terminationNotices, [n.noticeId]: { ...n, withdrawn } },
  };
  if (state.status === 'suspended') return { ...state, file, resume: { status: 'active' } };
  return { status: 'active', file };
}

export function evolveContractTerminated(
  state: SignedState,
  e: EventOf<'ContractTerminated'>,
): ContractState {
  const d = e.data;
  const termination = {
    terminatedOn: d.occurredAt,
    by: d.by,
    rightId: d.rightId,
    ground: d.ground,
    noticeId: d.noticeId,
    refundBasis: d.refundBasis,
    refundDue: d.refundDue,
    refundDueBy: d.refundDueBy,
  };
  let file = state.file;
  if (state.status === 'suspended') {
    const fm = file.forceMajeure[state.forceMajeureId];
    file = {
      ...file,
      forceMajeure: { ...file.forceMajeure, [fm.forceMajeureId]: { ...fm, endedOn: d.occurredAt } },
    };
  }
  return { status: 'terminated', file, termination };
}

export function evolveServicePeriodEnded(
  state: SignedState,
  e: EventOf<'ServicePeriodEnded'>,
): ContractState {
  return {
    status: 'expired',
    file: { ...state.file, serviceEnded: e.data.serviceEnd },
    serviceEnd: e.data.serviceEnd,
  };
}

export function evolveHoldoverStarted(
  state: SignedState,
  e: EventOf<'HoldoverStarted'>,
): ContractState {
  const serviceEnd = state.file.serviceEnded ?? state.file.servicePeriod.end;
  const file = {
    ...state.file,
    holdover: { startedOn: e.data.occurredAt, endedOn: null, fee: null },
  };
  return { status: 'inHoldover', file, serviceEnd, holdoverStartedOn: e.data.occurredAt };
}

export function evolveHoldoverEnded(
  state: SignedState,
  e: EventOf<'HoldoverEnded'>,
): ContractState {
  const holdover = { ...state.file.holdover!, endedOn: e.data.occurredAt, fee: e.data.fee };
  const serviceEnd = state.file.serviceEnded ?? state.file.servicePeriod.end;
  return { status: 'expired', file: { ...state.file, holdover }, serviceEnd };
}

export function evolveForceMajeureDeclared(
  state: SignedState,
  e: EventOf<'ForceMajeureDeclared'>,
): ContractState {
  const d = e.data;
  const fm = {
    forceMajeureId: d.forceMajeureId,
    by: d.by,
    startedOn: d.occurredAt,
    notifiedOn: d.notifiedOn,
    description: d.description,
    endedOn: null,
  };
  const file = {
    ...state.file,
    forceMajeure: { ...state.file.forceMajeure, [d.forceMajeureId]: fm },
  };
  const resume: ResumeTarget =
    state.status === 'inNotice'
      ? { status: 'inNotice', noticeId: state.noticeId }
      : state.status === 'inHoldover'
        ? { status: 'inHoldover' }
        : { status: 'active' };
  return { status: 'suspended', file, forceMajeureId: d.forceMajeureId, resume };
}

export function evolveForceMajeureEnded(
  state: SignedState,
  e: EventOf<'ForceMajeureEnded'>,
): ContractState {
  const d = e.data;
  const fm = state.file.forceMajeure[d.forceMajeureId];
  let file: ContractFile = {
    ...state.file,
    forceMajeure: {
      ...state.file.forceMajeure,
      [fm.forceMajeureId]: { ...fm, endedOn: d.occurredAt },
    },
  };
  if (d.extendedServiceEnd !== null) {
    const sp = file.servicePeriod;
    // 001 10.1: the performance period is extended by the time lost.
    file = {
      ...file,
      servicePeriod: {
        ...sp,
        end: d.extendedServiceEnd,
        days: inclusiveDays(sp.start, d.extendedServiceEnd),
      },
    };
  }
  if (state.status !== 'suspended') return { ...state, file };
  const resume = state.resume;
  switch (resume.status) {
    case 'inNotice':
      return { status: 'inNotice', file, noticeId: resume.noticeId };
    case 'inHoldover': {
      const serviceEnd = file.serviceEnded ?? file.servicePeriod.end;
      return {
        status: 'inHoldover',
        file,
        serviceEnd,
        holdoverStartedOn: file.holdover?.startedOn ?? addDays(serviceEnd, 1),
      };
    }
    case 'active':
      return { status: 'active', file };
    default:
      return assertNever(resume, 'resume target');
  }
}

export function evolveContractClosed(
  state: SignedState,
  e: EventOf<'ContractClosed'>,
): ContractState {
  const termination = state.status === 'terminated' ? state.termination : null;
  return { status: 'closed', file: state.file, closedOn: e.data.occurredAt, termination };
}

/** This file's events (the signing aside), for the decider's EVOLVE table (contract.evolve.ts). */
export const LIFECYCLE_EVOLVE = {
  TerminationNoticeIssued: evolveTerminationNoticeIssued,
  TerminationNoticeWithdrawn: evolveTerminationNoticeWithdrawn,
  ContractTerminated: evolveContractTerminated,
  ServicePeriodEnded: evolveServicePeriodEnded,
  HoldoverStarted: evolveHoldoverStarted,
  HoldoverEnded: evolveHoldoverEnded,
  ForceMajeureDeclared: evolveForceMajeureDeclared,
  ForceMajeureEnded: evolveForceMajeureEnded,
  ContractClosed: evolveContractClosed,
} satisfies Partial<EvolveTable>;
