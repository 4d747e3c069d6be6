import type { ContractCommand } from '../commands';
import { computeProRataRefund } from '../calc';
import { foldContract } from './contract.decider';
import { cmd, SIGNED_000, SIGNED_001, SIGNED_002 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

const terminate = (occurredAt: string, data: Record<string, string> = {}): ContractCommand => ({
  type: 'TerminateContract',
  data: { occurredAt, by: 'client', ...data },
});
const refund = (refundId: string, amount: string, occurredAt: string): ContractCommand => ({
  type: 'RecordRefund',
  data: { occurredAt, refundId, amount },
});

/**
 * 002: the 70 % (1,431,500.00) is paid in 2021; the monthly assessment fails and stays uncured 30 days
 * after the client's written notice (第十二条 2) → the client terminates on 2022-04-15.
 */
const PAID_70_002 = play(
  SIGNED_002,
  cmd.invoice('first', '1431500.00', '2021-10-15'),
  cmd.pay('first', '1431500.00', '2021-11-15'),
  {
    type: 'IssueBreachNotice',
    data: {
      occurredAt: '2022-03-01',
      noticeId: 'bn-1',
      by: 'client',
      breach: '月度考核不合格',
      rightId: 'failed-monthly-assessment',
    },
  },
);
const TERMINATED_002 = play(
  PAID_70_002,
  terminate('2022-04-15', { rightId: 'failed-monthly-assessment', breachNoticeId: 'bn-1' }),
);

describe('TerminateContract', () => {
  it('002 第十二条 2: after the 70 % payment, the fees for the days after 2022-04-15 come back (÷ 365)', () => {
    // 2021-09-30 … 2022-04-15 = 198 performed days: 1,431,500.00 − 2,045,000.00 × 198 ÷ 365 = 322,157.53
    const expected = computeProRataRefund({
      servicePeriod: {
        start: '2021-09-30',
        end: '2022-09-29',
        days: 365,
        basis: 'explicit',
        from: '2021-09-30',
      },
      terminationDate: '2022-04-15',
      annualFee: '2045000.00',
      feesReceived: '1431500.00',
      divisor: 365,
    });
    expect(expected.performedDays).toBe(198);
    given(...PAID_70_002)
      .when(
        terminate('2022-04-15', { rightId: 'failed-monthly-assessment', breachNoticeId: 'bn-1' }),
      )
      .then({
        type: 'ContractTerminated',
        data: {
          occurredAt: '2022-04-15',
          by: 'client',
          rightId: 'failed-monthly-assessment',
          ground: 'uncuredBreach',
          noticeId: null,
          performedThrough: '2022-04-15',
          refundBasis: 'proRata',
          refundDue: '322157.53',
          refundDueBy: '2022-05-15',
          formula: expected.formula,
        },
      });
    expect(expected.refund).toBe('322157.53');
  });

  it('refuses terminating for an uncured breach inside the 30-day cure period', () => {
    given(...PAID_70_002)
      .when(
        terminate('2022-03-31', { rightId: 'failed-monthly-assessment', breachNoticeId: 'bn-1' }),
      )
      .thenRefuses('BREACH_CURE_PERIOD_NOT_ELAPSED');
  });

  it('000 第十二条 4, 6: termination for cause — the supplier returns everything paid', () => {
    const paid = play(
      SIGNED_000,
      cmd.invoice('first', '565000.00', '2022-05-10'),
      cmd.pay('first', '565000.00', '2022-05-20'),
    );
    given(...paid)
      .when(terminate('2022-08-01', { rightId: 'confidentiality-ip' }))
      .thenOne({
        type: 'ContractTerminated',
        data: {
          ground: 'cause',
          refundBasis: 'allPaid',
          refundDue: '565000.00',
          refundDueBy: null,
        },
      });
  });

  describe('001 15.2: the client’s 30 days’ notice', () => {
    const NOTICE = play(SIGNED_001, cmd.pay('start', '1408200.00', '2022-07-15'), {
      type: 'IssueTerminationNotice',
      data: { occurredAt: '2022-10-01', noticeId: 'tn-1', by: 'client', rightId: 'convenience' },
    });

    it('refuses terminating before the notice takes effect', () => {
      given(...NOTICE)
        .when(terminate('2022-10-30', { noticeId: 'tn-1' }))
        .thenRefuses('TERMINATION_NOTICE_PERIOD_NOT_ELAPSED', 'data.occurredAt');
    });

    it('terminates on 2022-10-31 and settles by actual days: 1,408,200.00 − 2,347,000.00 × 117 ÷ 365 = 655,873.97', () => {
      given(...NOTICE)
        .when(terminate('2022-10-31', { noticeId: 'tn-1' }))
        .thenOne({
          type: 'ContractTerminated',
          data: {
            noticeId: 'tn-1',
            ground: 'convenience',
            refundBasis: 'proRata',
            refundDue: '655873.97',
          },
        });
    });

    it('refuses using a notice-requiring right without notice', () => {
      given(...SIGNED_001)
        .when(terminate('2022-10-31', { rightId: 'convenience' }))
        .thenRefuses('TERMINATION_NOTICE_REQUIRED', 'data.rightId');
    });
  });

  it('terminates by mutual agreement', () => {
    given(...SIGNED_001)
      .when({ type: 'TerminateContract', data: { occurredAt: '2022-08-01', by: 'both' } })
      .thenOne({
        type: 'ContractTerminated',
        data: {
          by: 'both',
          rightId: null,
          ground: 'mutual',
          refundBasis: 'none',
          refundDue: '0.00',
        },
      });
  });

  it('000 第二十条: force majeure of more than 60 days lets either side terminate', () => {
    const fm = play(SIGNED_000, cmd.declareForceMajeure('2022-06-01', '疫情封控'));
    given(...fm)
      .when(terminate('2022-07-30', { rightId: 'force-majeure' }))
      .thenRefuses('FORCE_MAJEURE_TOO_SHORT');
    given(...fm)
      .when(terminate('2022-07-31', { rightId: 'force-majeure' }))
      .thenOne({ type: 'ContractTerminated', data: { ground: 'forceMajeure' } });
  });

  it('refuses a termination without a basis', () => {
    refusals([SIGNED_001, terminate('2022-08-01'), 'FIELD_REQUIRED', 'data.rightId']);
  });

  it('refuses a second termination; decides nothing on a resend', () => {
    given(...TERMINATED_002)
      .when(terminate('2022-05-01', { rightId: 'confidentiality' }))
      .thenRefuses('CONTRACT_ALREADY_TERMINATED');
    given(...TERMINATED_002)
      .when(
        terminate('2022-04-15', { rightId: 'failed-monthly-assessment', breachNoticeId: 'bn-1' }),
      )
      .thenNothing();
    expect(foldContract(TERMINATED_002).status).toBe('terminated');
  });
});

describe('RecordRefund', () => {
  it('records the refund within 30 days', () => {
    given(...TERMINATED_002)
      .when(refund('rf-1', '322157.53', '2022-05-10'))
      .then({
        type: 'RefundPaid',
        data: { occurredAt: '2022-05-10', refundId: 'rf-1', amount: '322157.53', flags: [] },
      });
  });

  it('flags a late refund and one beyond what is due', () => {
    given(...TERMINATED_002)
      .when(refund('rf-1', '322157.53', '2022-05-16'))
      .thenOne({ type: 'RefundPaid', data: { flags: ['late'] } });
    given(...TERMINATED_002)
      .when(refund('rf-1', '322157.54', '2022-05-10'))
      .thenOne({ type: 'RefundPaid', data: { flags: ['overRefund'] } });
  });

  it('refuses a refund without a termination, and once everything is refunded', () => {
    refusals([SIGNED_002, refund('rf-1', '1.00', '2022-05-10'), 'CONTRACT_NOT_TERMINATED']);
    const refunded = play(TERMINATED_002, refund('rf-1', '322157.53', '2022-05-10'));
    refusals([refunded, refund('rf-2', '1.00', '2022-05-11'), 'NO_REFUND_DUE', 'data.amount']);
    given(...refunded)
      .when(refund('rf-1', '322157.53', '2022-05-10'))
      .thenNothing();
  });
});
