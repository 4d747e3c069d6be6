import type { ContractEvent } from '@app/domain';

/**
 * Facts the decider would refuse but a store may still hold (an older version's rules, an import,
 * a bug): projections must record them, flagged, and never stop on them.
 */
export const ghostPayment = {
  type: 'PaymentRecorded',
  data: {
    occurredAt: '2022-12-01',
    paymentId: 'pay-ghost',
    installmentId: 'ghost',
    amount: '100.00',
    penaltyOffsets: [],
    dueDate: null,
    flags: [],
  },
} as ContractEvent;

export const correctionOfNothing = {
  type: 'CorrectionRecorded',
  data: {
    occurredAt: '2022-12-02',
    correctionId: 'cor-nothing',
    target: { type: 'PaymentRecorded', factId: 'pay-never-recorded' },
    action: 'reverse',
    amended: null,
    reason: '测试',
    flags: [],
  },
} as ContractEvent;

/** Malformed beyond reading: no installments array, a money field that is not money. */
export const unreadablePayment = {
  type: 'PaymentRecorded',
  data: { occurredAt: 'yesterday', paymentId: 'pay-bad', installmentId: 'first', amount: 'lots' },
} as unknown as ContractEvent;
