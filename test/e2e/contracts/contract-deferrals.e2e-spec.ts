import { CONTRACT_000_TERMS, CONTRACT_001_TERMS } from '@app/domain';
import { DEFERRAL_EVENT_TYPES, newContractId, useContractApi } from './contract-api';

/**
 * Over HTTP, on fresh contracts: the facts issue 10 found unrecordable — late-payment interest
 * paid or waived (001 5.2), a treasury restriction deferring payment (001 4.2; 000 第五条 5), the
 * supplier's acceptance application and the client's start (000 第七条 1).
 */
describe('contract commands: late interest, treasury restrictions, acceptance timeline', () => {
  const contracts = useContractApi('contracts_deferrals');

  const refused = async (status: number, contractId: string, path: string, body: unknown) => {
    const before = await contracts.api.revision(contractId);
    const res = await contracts.api.send(
      'finance',
      'post',
      `/contracts/${contractId}/${path}`,
      body,
    );
    expect(res.status).toBe(status);
    expect(await contracts.api.revision(contractId)).toBe(before);
    return res.body as { code: string };
  };

  it('001 5.2: the client pays interest, the supplier waives the rest; more than the cap is refused', async () => {
    const id = newContractId('c001-interest');
    await contracts.api.sign(id, CONTRACT_001_TERMS);
    await contracts.api.record(
      'finance',
      id,
      'installments/second/confirmation',
      { occurredAt: '2023-03-10' },
      'PaymentApplicationConfirmed',
    );
    const paid = await contracts.api.record(
      'finance',
      id,
      'installments/second/late-interest/payments',
      { occurredAt: '2023-06-20', lateInterestPaymentId: 'lip-1', amount: '3520.50' },
      'LateInterestPaid',
    );
    expect(paid.events[0].data).toMatchObject({ amount: '3520.50', flags: [] });
    // 5 % of 704,100.00 = 35,205.00 in all; 3,520.50 is paid, so 31,684.50 can still be waived.
    expect(
      await refused(422, id, 'installments/second/late-interest/waivers', {
        occurredAt: '2023-06-21',
        waiverId: 'liw-1',
        amount: '31684.51',
        reason: '乙方书面放弃',
      }),
    ).toMatchObject({ code: 'LATE_INTEREST_ABOVE_CAP' });
    const waived = await contracts.api.record(
      'finance',
      id,
      'installments/second/late-interest/waivers',
      { occurredAt: '2023-06-21', waiverId: 'liw-1', reason: '乙方书面放弃其余逾期付款违约金' },
      'LateInterestWaived',
    );
    expect(waived.events[0].data).toMatchObject({ amount: null });
  });

  it('000 has no late-payment clause: interest cannot be recorded on it', async () => {
    const id = newContractId('c000-interest');
    await contracts.api.sign(id, CONTRACT_000_TERMS);
    expect(
      await refused(409, id, 'installments/first/late-interest/payments', {
        occurredAt: '2022-06-20',
        lateInterestPaymentId: 'lip-1',
        amount: '100.00',
      }),
    ).toMatchObject({ code: 'LATE_PAYMENT_NOT_PROVIDED' });
  });

  it('001 4.2: a treasury restriction starts and ends; a second one while it runs is refused', async () => {
    const id = newContractId('c001-restriction');
    await contracts.api.sign(id, CONTRACT_001_TERMS);
    await contracts.api.record(
      'finance',
      id,
      'payment-restrictions',
      { occurredAt: '2022-12-20', restrictionId: 'pr-1', reason: '市财政国库年终结账' },
      'PaymentRestrictionStarted',
    );
    expect(
      await refused(409, id, 'payment-restrictions', {
        occurredAt: '2022-12-22',
        restrictionId: 'pr-2',
        reason: '另一限制',
      }),
    ).toMatchObject({ code: 'PAYMENT_RESTRICTION_RUNNING' });
    const ended = await contracts.api.record(
      'finance',
      id,
      'payment-restrictions/pr-1/end',
      { occurredAt: '2023-01-09' },
      'PaymentRestrictionEnded',
    );
    expect(ended.events[0].data).toMatchObject({ startedOn: '2022-12-20', days: 20 });
  });

  it('000 第七条 1: the application (30 working days) opens the client’s 5 working days to start', async () => {
    const id = newContractId('c000-acceptance');
    await contracts.api.sign(id, CONTRACT_000_TERMS);
    await contracts.api.record(
      'operator',
      id,
      'service-period/end',
      { occurredAt: '2023-04-30' },
      'ServicePeriodEnded',
    );
    const applied = await contracts.api.record(
      'operator',
      id,
      'milestones/final/acceptance-application',
      { occurredAt: '2023-05-15' },
      'AcceptanceApplied',
    );
    expect(applied.events[0].data).toMatchObject({
      applicationDueBy: '2023-06-13',
      startDueBy: '2023-05-22',
      flags: [],
    });
    const started = await contracts.api.record(
      'operator',
      id,
      'milestones/final/acceptance-start',
      { occurredAt: '2023-05-23' },
      'AcceptanceStarted',
    );
    expect(started.events[0].data).toMatchObject({ startDueBy: '2023-05-22', flags: ['late'] });
  });

  it('001 4.2 "提供发票不符合本合同要求": the client rejects a received invoice; an unknown one is refused', async () => {
    const id = newContractId('c001-invoice');
    await contracts.api.sign(id, CONTRACT_001_TERMS);
    await contracts.api.record(
      'finance',
      id,
      'invoices',
      {
        occurredAt: '2022-07-12',
        invoiceId: 'inv-1',
        installmentId: 'start',
        amount: '1408200.00',
      },
      'InvoiceReceived',
    );
    expect(
      await refused(404, id, 'invoices/inv-2/rejection', {
        occurredAt: '2022-07-14',
        reason: '发票抬头不符',
      }),
    ).toMatchObject({ code: 'UNKNOWN_INVOICE' });
    const rejected = await contracts.api.record(
      'finance',
      id,
      'invoices/inv-1/rejection',
      { occurredAt: '2022-07-14', reason: '发票抬头不符' },
      'InvoiceRejected',
    );
    expect(rejected.events[0].data).toMatchObject({
      installmentId: 'start',
      receivedOn: '2022-07-12',
    });
  });

  it('these stories wrote the event of every command issue 10 added', () => {
    expect([...contracts.api.recordedTypes]).toEqual(expect.arrayContaining(DEFERRAL_EVENT_TYPES));
  });
});
