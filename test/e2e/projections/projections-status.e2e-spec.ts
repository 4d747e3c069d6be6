import { CONTRACT_000_TERMS } from '@app/domain';
import { ProjectorService } from '@app/read-models';
import { ContractApi, startContractApi } from '../contracts/contract-api';

interface Status {
  name: string;
  checkpoint: string | null;
  head: string | null;
  behind: boolean;
  lagEvents: number;
  lagEventsAtLeast: boolean;
  lagMs: number;
}

/** GET /projections: an operator's view of how far each read model is behind the log. */
describe('projection status (e2e)', () => {
  let api: ContractApi;

  beforeAll(async () => {
    api = await startContractApi('projstatus'); // RUN_PROJECTOR=false: nothing applies by itself
  });
  afterAll(async () => {
    await api?.close();
  });

  const statuses = async (): Promise<Status[]> => {
    const res = await api.get('finance', '/projections').expect(200);
    return (res.body as { projections: Status[] }).projections;
  };

  it('shows the pending events and their age, then nothing once the projections caught up', async () => {
    await api.sign('c-status', CONTRACT_000_TERMS);
    await api
      .send('finance', 'post', '/contracts/c-status/invoices', {
        occurredAt: '2022-05-10',
        invoiceId: 'inv-1',
        installmentId: 'first',
        amount: '565000.00',
      })
      .expect(201);
    // The head only shows settled events (no transaction in flight below them): poll briefly.
    let before = await statuses();
    for (let i = 0; i < 50 && before.some((s) => s.lagEvents < 2); i++) {
      await new Promise((r) => setTimeout(r, 20));
      before = await statuses();
    }
    expect(before.length).toBeGreaterThanOrEqual(6);
    for (const s of before) {
      expect(s).toMatchObject({
        checkpoint: null,
        behind: true,
        lagEvents: 2,
        lagEventsAtLeast: false,
      });
      expect(s.lagMs).toBeGreaterThanOrEqual(0);
    }

    const reached = await api.app.get(ProjectorService).catchUp();
    const after = await statuses();
    for (const s of after) {
      expect(s).toMatchObject({ checkpoint: reached?.toString(), head: reached?.toString() });
      expect(s).toMatchObject({ behind: false, lagEvents: 0, lagMs: 0 });
    }
  });

  it('is refused without an API key', async () => {
    await api.get(null, '/projections').expect(401);
  });
});
