import { randomUUID } from 'node:crypto';
import { rebuildProjections } from '@app/projections';
import { CommandBus } from '@nestjs/cqrs';
import { ContractCommandMessage } from '../../../apps/api/src/contracts/shared';
import { ALL_PROJECTIONS } from '@app/read-models';
import { readView, useFinanceApi } from './finance-api';

/**
 * The views' HTTP contract (issue #5): CSV, roles, read-your-writes with ?minPosition (and 503
 * when the projections do not get there), and a blue/green rebuild that serves identical views.
 */
describe('finance views: CSV, roles, read-your-writes, rebuild (e2e, real PostgreSQL)', () => {
  const fin = useFinanceApi();

  const view = (path: string) => readView(fin.api, path, fin.head);

  it('CSV with Accept: text/csv; finance or admin only', async () => {
    const csv = await fin.api
      .get(
        `/contracts/c-000/payment-schedule?asOf=2022-12-31&minPosition=${fin.head}`,
        'finance',
        'text/csv',
      )
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.text.split('\r\n')[0]).toContain('installmentId');
    expect(csv.text).toContain('first,首款,0.5,565000.00,2022-05-31');
    await fin.api.get(`/contracts/c-000/ledger?minPosition=${fin.head}`, 'operator').expect(403);
    await fin.api.get(`/contracts/c-000/ledger?minPosition=${fin.head}`, 'admin').expect(200);
    await fin.api.get(`/contracts/unknown/payment-schedule?minPosition=${fin.head}`).expect(404);
    const ledger = await fin.api.get(
      `/contracts/c-000/ledger?minPosition=${fin.head}`,
      'finance',
      'text/csv',
    );
    expect(ledger.text.split('\r\n')).toHaveLength(12 + 2); // header, 12 lines, final CRLF
  });

  it('read-your-writes: a command through the CommandBus is visible at its position', async () => {
    const result = await fin.api.app.get(CommandBus).execute(
      new ContractCommandMessage(
        'RecordPayment',
        'c-001',
        {
          occurredAt: '2022-11-15',
          paymentId: 'pay-start',
          installmentId: 'start',
          amount: '1408200.00',
        },
        { commandId: randomUUID(), actor: 'finance-e2e', correlationId: randomUUID() },
      ),
    );
    const res = await fin.api
      .get(`/contracts/c-001/payment-schedule?asOf=2022-11-30&minPosition=${result.position}`)
      .expect(200);
    expect(res.body.installments[0]).toMatchObject({
      paid: '1408200.00',
      status: 'settled',
      settledOn: '2022-11-15',
    });
    fin.head = result.position!;
  });

  it('a position the projections never reach answers 503 with Retry-After', async () => {
    const res = await fin.api
      .get(`/contracts/c-000/ledger?minPosition=${BigInt(fin.head) * 1000n}`)
      .expect(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.body).toMatchObject({ code: 'READ_MODEL_NOT_CAUGHT_UP' });
  });

  it('a blue/green rebuild of every projection serves byte-identical views', async () => {
    const paths = [
      '/contracts?asOf=2022-12-31',
      ...['c-000', 'c-001', 'c-002'].flatMap((id) => [
        `/contracts/${id}?asOf=2022-12-31`,
        `/contracts/${id}/payment-schedule?asOf=2022-12-31`,
        `/contracts/${id}/ledger`,
        `/contracts/${id}/reconciliation`,
      ]),
      '/contracts/c-001/bond?asOf=2022-12-31',
      '/contracts/c-002/termination-refund?asOf=2022-12-31',
      '/reconciliation',
    ];
    const before = await Promise.all(paths.map(async (p) => JSON.stringify(await view(p))));
    await rebuildProjections(fin.api.store, fin.api.pool, ALL_PROJECTIONS);
    const after = await Promise.all(paths.map(async (p) => JSON.stringify(await view(p))));
    expect(after).toEqual(before);
  });
});
