import { CONTRACT_001_TERMS } from '@app/domain';
import { readView, signOverHttp, useFinanceApi } from './finance-api';

/**
 * 001 4.2 "乙方逾期提供发票的，或提供发票不符合本合同要求的，甲方不承担逾期付款违约责任", through the API on a
 * fresh 001 (signed 2022-07-06): the start payment 1,408,200.00 is due 2022-07-20 and never paid.
 * Its invoice arrives 2022-07-12; the client finds the title wrong and rejects it on 2022-07-14; a
 * conforming invoice arrives 2022-09-01. 5.2: 0.05 % a day (704.10) from the 30th working day.
 */
describe('a non-conforming invoice starts no late-payment interest (e2e, real PostgreSQL)', () => {
  const id = 'c-001-rejected-invoice';
  const post = async (path: string, body: unknown, status = 201) => {
    const res = await fin.api.send('post', `/contracts/${id}/${path}`, body);
    expect(res.status).toBe(status);
    return res.body;
  };
  const start = async (asOf: string, position: string) => {
    const s = await readView(fin.api, `/contracts/${id}/payment-schedule?asOf=${asOf}`, position);
    return s.installments.find((i: { installmentId: string }) => i.installmentId === 'start');
  };

  const fin = useFinanceApi(async (api) => {
    await signOverHttp(api, id, CONTRACT_001_TERMS);
    await post('invoices', {
      occurredAt: '2022-07-12',
      invoiceId: 'inv-start',
      installmentId: 'start',
      amount: '1408200.00',
    });
  });

  it('refuses a rejection before the invoice arrived and of an unknown invoice, writing nothing', async () => {
    const early = await post(
      'invoices/inv-start/rejection',
      { occurredAt: '2022-07-11', reason: '发票抬头不符' },
      422,
    );
    expect(early).toMatchObject({ code: 'DATE_OUT_OF_ORDER' });
    expect(early).toMatchObject({ errors: [{ field: 'occurredAt', rule: 'DATE_OUT_OF_ORDER' }] });
    const unknown = await post(
      'invoices/inv-none/rejection',
      { occurredAt: '2022-07-14', reason: '发票抬头不符' },
      404,
    );
    expect(unknown).toMatchObject({ code: 'UNKNOWN_INVOICE' });
    const history = await fin.api.get(`/contracts/${id}/events`).expect(200);
    expect(history.body.events.map((e: { type: string }) => e.type)).toEqual([
      'ContractSigned',
      'InvoiceReceived',
    ]);
  });

  it('rejected on 07-14, no other invoice: as of 2022-10-31 0.00 (not 43,654.20), and the view says which invoice and why', async () => {
    // Before the rejection was recorded, the same view charged 62 days × 704.10 = 43,654.20.
    const rejected = await post('invoices/inv-start/rejection', {
      occurredAt: '2022-07-14',
      reason: '发票抬头与合同甲方名称不一致',
    });
    expect(rejected.events[0]).toMatchObject({
      type: 'InvoiceRejected',
      data: { invoiceId: 'inv-start', installmentId: 'start', receivedOn: '2022-07-12' },
    });
    const i = await start('2022-10-31', rejected.position);
    expect(i).toMatchObject({ status: 'overdue', invoiced: '0.00', invoiceStatus: 'none' });
    expect(i.lateInterest).toMatchObject({
      amount: '0.00',
      excused: {
        reason: 'noConformingInvoice',
        invoicedOn: null,
        rejectedInvoices: [
          {
            amount: '1408200.00',
            receivedOn: '2022-07-12',
            rejectedOn: '2022-07-14',
            reason: '发票抬头与合同甲方名称不一致',
            source: { eventId: rejected.eventIds[0] },
          },
        ],
      },
    });
    expect(i.invoices[0].rejection).toMatchObject({ on: '2022-07-14' });
    // The reconciliation agrees with the schedule: the rejected invoice is offset by its event.
    const rec = await readView(
      fin.api,
      `/contracts/${id}/reconciliation?asOf=2022-10-31`,
      rejected.position,
    );
    expect(rec.figures.invoiced.amount).toBe('0.00');
    expect(rec.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);
    // As of 07-13 the rejection had not happened: the invoice still counted.
    expect(await start('2022-07-13', rejected.position)).toMatchObject({
      invoiced: '1408200.00',
      invoiceStatus: 'received',
    });
    // The same rejection again records nothing; another reason is a conflict.
    const again = await fin.api.send('post', `/contracts/${id}/invoices/inv-start/rejection`, {
      occurredAt: '2022-07-14',
      reason: '发票抬头与合同甲方名称不一致',
    });
    expect(again.status).toBe(200);
    await post(
      'invoices/inv-start/rejection',
      { occurredAt: '2022-07-14', reason: '税率错误' },
      409,
    );
  });

  it('a conforming invoice on 09-01 starts the lateness from its day: 13 days = 9,153.30 as of 2022-10-31', async () => {
    const replaced = await post('invoices', {
      occurredAt: '2022-09-01',
      invoiceId: 'inv-start-2',
      installmentId: 'start',
      amount: '1408200.00',
    });
    // Not "exceedsInstallment": the rejected invoice was returned.
    expect(replaced.events[0].data.flags).toEqual([]);
    // 30 working days after 2022-09-01 → 2022-10-19 (中秋 09-12, 国庆 10-01…07 off, 10-08/09 worked);
    // 10-19 … 10-31 = 13 days × 704.10 = 9,153.30.
    const i = await start('2022-10-31', replaced.position);
    expect(i).toMatchObject({ invoiced: '1408200.00', invoiceStatus: 'received' });
    expect(i.lateInterest).toMatchObject({
      amount: '9153.30',
      tranches: [{ startDate: '2022-10-19', days: 13 }],
      excused: {
        reason: 'lateInvoice',
        dueDate: '2022-07-20',
        invoicedOn: '2022-09-01',
        rejectedInvoices: [{ rejectedOn: '2022-07-14' }],
      },
    });
  });
});
