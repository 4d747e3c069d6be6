import { CONTRACT_001_TERMS } from '@app/domain';
import { type EvidenceBundle } from '@app/evidence';
import { ContractApi, startContractApi } from '../../../../../test/e2e/contracts/contract-api';
import { INVENTED_2027 } from '../../../../../test/e2e/calendar/invented-2027.calendar';
import { CommandExecutor } from '../../command-execution';

/**
 * Issue 10: the export names the calendar versions its figures actually used — the years the
 * contract's deadlines crossed, a year recorded through the `calendar` stream included — and those
 * the events recorded when decided, not only the chinese-days package version (2004–2026).
 * 001's terms signed Wed 2027-01-27: the bond is due 10 working days later (4.2), on the
 * provisional 2027 2027-02-12; after the (invented, test-only) notice is recorded, 2027-02-17.
 */
describe('the evidence export names the calendars it used (real PostgreSQL)', () => {
  let api: ContractApi;
  const id = 'c-2027-evidence';
  const exportOf = async (): Promise<EvidenceBundle> => {
    const res = await api.get('legal', `/contracts/${id}/evidence?asOf=2027-03-01`);
    expect(res.status).toBe(200);
    return res.body as EvidenceBundle;
  };

  beforeAll(async () => {
    api = await startContractApi('evidence_calendar');
    api.app.get(CommandExecutor).today = () => '2030-12-31';
    await api.sign(id, { ...CONTRACT_001_TERMS, signingDate: '2027-01-27' });
    await api.record(
      'finance',
      id,
      'bond/deposits',
      { occurredAt: '2027-02-16', amount: '117350.00' },
      'BondDeposited',
    );
  });
  afterAll(async () => {
    await api?.close();
  });

  it('before the notice: the provisional 2027 is named, as used and as recorded', async () => {
    const { manifest } = await exportOf();
    expect(manifest.versions.calendarUsed).toContain('provisional-2027@rules-2024');
    expect(manifest.versions.calendarRecorded).toEqual(['provisional-2027@rules-2024']);
    expect(manifest.versions.calendar).toContain('provisional-2027@rules-2024');
    expect(manifest.versions.calendar).not.toBe('chinese-days@1.5.7');
  });

  it('after the year is recorded through POST /calendar/years: its version, and what the events recorded', async () => {
    const published = await api.send('admin', 'post', '/calendar/years', INVENTED_2027);
    expect(published.status).toBe(201);
    const bundle = await exportOf();
    const v = bundle.manifest.versions;
    expect(v.calendarUsed).toContain('cn-2027@test-1');
    expect(v.calendarUsed).not.toContain('provisional-2027@rules-2024');
    expect(v.calendar.split('+')).toEqual(v.calendarUsed);
    // The deposit's own record keeps what it was decided with.
    expect(v.calendarRecorded).toEqual(['provisional-2027@rules-2024']);
    expect(bundle.reportHtml).toContain('cn-2027@test-1');
  });
});
