import { CONTRACT_000_TERMS, CONTRACT_001_TERMS, CONTRACT_EVENT_TYPES } from '@app/domain';
import {
  ContractApi,
  DEFERRAL_EVENT_TYPES,
  LIFECYCLE_EVENT_TYPES,
  SCHEDULER_EVENT_TYPES,
  newContractId,
  useContractApi,
} from './contract-api';

/**
 * Happy paths over HTTP, part 1: contracts 000 and 001 from signing to closure — every money
 * command (invoices, payments with penalty offsets, bond, refunds, budget adjustment,
 * corrections) and the performance facts around them. Each step is one real request.
 */
describe('contract commands: money and performance (000, 001)', () => {
  const contracts = useContractApi('contracts_money');

  const record = (...args: Parameters<ContractApi['record']>) => contracts.api.record(...args);

  it('000: signs, invoices, pays with a penalty offset, adjusts the final payment and closes', async () => {
    const id = newContractId('c000');
    const signed = await contracts.api.sign(id, CONTRACT_000_TERMS);
    expect(signed.body).toMatchObject({ revision: 0, events: [{ type: 'ContractSigned' }] });
    expect(signed.body.warnings).toEqual([]);

    await record(
      'finance',
      id,
      'invoices',
      {
        occurredAt: '2022-05-10',
        invoiceId: 'inv-first',
        installmentId: 'first',
        amount: '565000.00',
      },
      'InvoiceReceived',
    );
    await record(
      'finance',
      id,
      'payments',
      {
        occurredAt: '2022-05-27',
        paymentId: 'pay-first',
        installmentId: 'first',
        amount: '565000.00',
      },
      'PaymentRecorded',
    );
    // 000 第十二条 3: 1,000.00 per violation found.
    const penalty = await record(
      'operator',
      id,
      'penalties',
      {
        occurredAt: '2022-08-15',
        penaltyId: 'pen-1',
        ruleId: 'inspection-violation',
        violations: 2,
        description: '巡检记录缺失',
      },
      'PenaltyAssessed',
    );
    expect(penalty.events[0].data).toMatchObject({ amount: '2000.00' });
    await record(
      'operator',
      id,
      'penalties',
      {
        occurredAt: '2022-09-01',
        penaltyId: 'pen-2',
        ruleId: 'inspection-violation',
        violations: 1,
      },
      'PenaltyAssessed',
    );
    // 000 第十二条 3: the supplier pays 400.00 of the 1,000.00 in cash; the rest is waived
    const paid = await record(
      'finance',
      id,
      'penalties/pen-2/payments',
      { occurredAt: '2022-09-03', penaltyPaymentId: 'pp-1', amount: '400.00' },
      'PenaltyPaid',
    );
    expect(paid.events[0].data).toEqual({
      occurredAt: '2022-09-03',
      penaltyPaymentId: 'pp-1',
      penaltyId: 'pen-2',
      amount: '400.00',
      flags: [],
    });
    const waived = await record(
      'operator',
      id,
      'penalties/pen-2/waiver',
      { occurredAt: '2022-09-05', reason: '经协商免除' },
      'PenaltyWaived',
    );
    expect(waived.events[0].data).toMatchObject({ amount: '600.00' });
    await record(
      'operator',
      id,
      'milestones/phase/acceptance',
      { occurredAt: '2022-11-10' },
      'MilestoneAccepted',
    );
    await record(
      'finance',
      id,
      'invoices',
      {
        occurredAt: '2022-11-11',
        invoiceId: 'inv-interim',
        installmentId: 'interim',
        amount: '242159.00',
        invoiceNumber: '11002213-00412345',
      },
      'InvoiceReceived',
    );
    // 000 第十二条 8: the assessed penalty is deducted from the interim payment.
    const interim = await record(
      'finance',
      id,
      'payments',
      {
        occurredAt: '2022-11-28',
        paymentId: 'pay-interim',
        installmentId: 'interim',
        amount: '240159.00',
        penaltyOffsets: [{ penaltyId: 'pen-1', amount: '2000.00' }],
      },
      'PaymentRecorded',
    );
    expect(interim.events[0].data).toMatchObject({ flags: [] });
    await record(
      'operator',
      id,
      'service-period/end',
      { occurredAt: '2023-04-30' },
      'ServicePeriodEnded',
    );
    await record(
      'operator',
      id,
      'milestones/final/acceptance',
      { occurredAt: '2023-05-18' },
      'MilestoneAccepted',
    );
    await record(
      'finance',
      id,
      'installments/final/budget-adjustment',
      {
        occurredAt: '2023-05-19',
        newAmount: '320000.00',
        budgetYear: 2023,
        reason: '2023 年财政预算下达',
      },
      'FinalPaymentAdjusted',
    );
    await record(
      'finance',
      id,
      'invoices',
      {
        occurredAt: '2023-05-19',
        invoiceId: 'inv-final',
        installmentId: 'final',
        amount: '320000.00',
      },
      'InvoiceReceived',
    );
    // Keyed with a typo, then corrected: history is never edited.
    await record(
      'finance',
      id,
      'payments',
      {
        occurredAt: '2023-05-30',
        paymentId: 'pay-final',
        installmentId: 'final',
        amount: '32000.00',
      },
      'PaymentRecorded',
    );
    await record(
      'finance',
      id,
      'corrections',
      {
        occurredAt: '2023-05-31',
        correctionId: 'corr-1',
        target: { type: 'PaymentRecorded', factId: 'pay-final' },
        action: 'amend',
        amended: { amount: '320000.00' },
        reason: '录入错误：金额少录一位',
      },
      'CorrectionRecorded',
    );
    await record('operator', id, 'closure', { occurredAt: '2023-06-30' }, 'ContractClosed');

    const res = await contracts.api.get('legal', `/contracts/${id}/events`).expect(200);
    expect(res.headers.etag).toBe('W/"16"');
    expect(res.body.events).toHaveLength(17);
    expect(res.body.events[1]).toMatchObject({
      revision: 1,
      type: 'InvoiceReceived',
      metadata: { actor: 'finance-desk' },
    });
    expect(res.body.events[1].hash).toMatch(/^[0-9a-f]{64}$/);
    const verified = await contracts.api.get('legal', `/contracts/${id}/verification`).expect(200);
    expect(verified.body).toMatchObject({ contractId: id, ok: true, eventsChecked: 17 });
  });

  it('001: bond deposited, part kept after a failed quarter, staff, breach, amendment, notice withdrawn, bond returned', async () => {
    const id = newContractId('c001');
    const signed = await contracts.api.sign(id, CONTRACT_001_TERMS);
    expect(signed.body.events[0].data).toMatchObject({ bondAmount: '117350.00' });
    await record(
      'finance',
      id,
      'bond/deposits',
      { occurredAt: '2022-07-18', amount: '117350.00' },
      'BondDeposited',
    );
    await record(
      'finance',
      id,
      'invoices',
      {
        occurredAt: '2022-07-12',
        invoiceId: 'inv-start',
        installmentId: 'start',
        amount: '1408200.00',
      },
      'InvoiceReceived',
    );
    await record(
      'finance',
      id,
      'payments',
      {
        occurredAt: '2022-07-19',
        paymentId: 'pay-start',
        installmentId: 'start',
        amount: '1408200.00',
      },
      'PaymentRecorded',
    );
    // 001 4.2: the 30 % is paid within 30 working days of confirming the application
    const confirmed = await record(
      'finance',
      id,
      'installments/second/confirmation',
      { occurredAt: '2023-03-10' },
      'PaymentApplicationConfirmed',
    );
    // 2023-03-10 + 30 working days (清明 off, Sunday 4/23 a make-up working day) = 2023-04-23
    expect(confirmed.events[0].data).toMatchObject({
      installmentId: 'second',
      dueDate: '2023-04-23',
    });
    await record(
      'operator',
      id,
      'staff-changes',
      {
        occurredAt: '2022-08-01',
        changeId: 'sc-1',
        role: '服务工程师',
        joining: '李四',
        effectiveOn: '2022-08-08',
      },
      'StaffChangeNotified',
    );
    await record(
      'operator',
      id,
      'staff-changes/sc-1/approval',
      { occurredAt: '2022-08-02' },
      'StaffChangeApproved',
    );
    await record(
      'operator',
      id,
      'staff-changes',
      {
        occurredAt: '2022-08-10',
        changeId: 'sc-2',
        role: '服务经理',
        leaving: '朱鹏飞',
        joining: '王五',
        effectiveOn: '2022-08-20',
      },
      'StaffChangeNotified',
    );
    await record(
      'operator',
      id,
      'staff-changes/sc-2/rejection',
      { occurredAt: '2022-08-11', reason: '不同意更换服务经理' },
      'StaffChangeRejected',
    );
    await record(
      'operator',
      id,
      'breach-notices',
      {
        occurredAt: '2022-09-01',
        noticeId: 'bn-1',
        by: 'client',
        breach: '服务不达标',
        rightId: 'uncured-breach',
      },
      'BreachNoticeIssued',
    );
    await record(
      'operator',
      id,
      'breach-notices/bn-1/cure',
      { occurredAt: '2022-09-05' },
      'BreachCured',
    );
    // A notice served in error is withdrawn by the party that served it: no cure period runs on it.
    await record(
      'operator',
      id,
      'breach-notices',
      {
        occurredAt: '2022-09-06',
        noticeId: 'bn-2',
        by: 'client',
        breach: '误发：所列事项属另一合同',
        rightId: 'uncured-breach',
      },
      'BreachNoticeIssued',
    );
    await record(
      'operator',
      id,
      'breach-notices/bn-2/withdrawal',
      { occurredAt: '2022-09-07', reason: '通知所列违约事项有误' },
      'BreachNoticeWithdrawn',
    );
    await record(
      'operator',
      id,
      'reviews/quarterly-report/1/report',
      { occurredAt: '2022-10-08' },
      'ReviewReportSubmitted',
    );
    await record(
      'operator',
      id,
      'reviews/quarterly-report/1/conclusion',
      { occurredAt: '2022-10-14', outcome: 'failed', findings: '故障响应超时 2 次' },
      'ReviewConcluded',
    );
    // 001 6.2: 5 % of the bond.
    const kept = await record(
      'finance',
      id,
      'bond/deductions',
      {
        occurredAt: '2022-10-20',
        deductionId: 'ded-q1',
        ruleId: 'failed-assessment',
        reason: '第一季度考核未通过',
        review: { scheduleId: 'quarterly-report', periodIndex: 1 },
      },
      'BondDeducted',
    );
    expect(kept.events[0].data).toMatchObject({ amount: '5867.50', balanceAfter: '111482.50' });
    await record(
      'operator',
      id,
      'amendments',
      {
        occurredAt: '2022-12-01',
        amendmentId: 'sa-1',
        description: '追加机房巡检服务',
        addedAmount: '100000.00',
        installment: { id: 'amendment-1', label: '补充协议款' },
      },
      'AmendmentSigned',
    );
    await record(
      'operator',
      id,
      'termination-notices',
      { occurredAt: '2023-02-01', noticeId: 'tn-1', by: 'client', rightId: 'convenience' },
      'TerminationNoticeIssued',
    );
    await record(
      'operator',
      id,
      'termination-notices/tn-1/withdrawal',
      { occurredAt: '2023-02-05', reason: '双方协商继续履行' },
      'TerminationNoticeWithdrawn',
    );
    const refund = await record(
      'finance',
      id,
      'bond/refunds',
      { occurredAt: '2023-08-01' },
      'BondRefunded',
    );
    expect(refund.events[0].data).toMatchObject({ amount: '111482.50' });
  });

  it('000: terminated for cause (第十二条 4) and everything paid comes back (第十二条 6)', async () => {
    const id = newContractId('c000-terminated');
    await contracts.api.sign(id, CONTRACT_000_TERMS);
    await record(
      'finance',
      id,
      'payments',
      { occurredAt: '2022-05-20', paymentId: 'pay-1', installmentId: 'first', amount: '565000.00' },
      'PaymentRecorded',
    );
    await record(
      'operator',
      id,
      'termination',
      { occurredAt: '2022-08-01', by: 'client', rightId: 'confidentiality-ip' },
      'ContractTerminated',
    );
    await record(
      'finance',
      id,
      'refunds',
      { occurredAt: '2022-08-10', refundId: 'rf-1', amount: '565000.00' },
      'RefundPaid',
    );
  });

  it('these stories wrote the event of every command but the lifecycle and deferral ones', () => {
    const elsewhere = [...LIFECYCLE_EVENT_TYPES, ...DEFERRAL_EVENT_TYPES, ...SCHEDULER_EVENT_TYPES];
    const expected = CONTRACT_EVENT_TYPES.filter((t) => !elsewhere.includes(t));
    expect([...contracts.api.recordedTypes].sort()).toEqual([...expected].sort());
  });
});
