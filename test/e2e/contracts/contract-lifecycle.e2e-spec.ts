import {
  CONTRACT_000_TERMS,
  CONTRACT_001_TERMS,
  CONTRACT_002_TERMS,
  CONTRACT_004_TERMS,
} from '@app/domain';
import { ContractApi, LIFECYCLE_EVENT_TYPES, newContractId, useContractApi } from './contract-api';

/**
 * Happy paths over HTTP, part 2: how contracts end — expiry and holdover (002), force majeure
 * (000), a failed then passed phase acceptance and acceptance deemed from silence (004),
 * termination after notice (001).
 */
describe('contract commands: lifecycle (000, 001, 002, 004)', () => {
  const contracts = useContractApi('contracts_lifecycle');

  const record = (...args: Parameters<ContractApi['record']>) => contracts.api.record(...args);

  it('002: the service period ends and holdover runs until the successor takes over (第十三条)', async () => {
    const id = newContractId('c002');
    await contracts.api.sign(id, CONTRACT_002_TERMS);
    await record(
      'operator',
      id,
      'service-period/end',
      { occurredAt: '2022-09-29' },
      'ServicePeriodEnded',
    );
    await record('operator', id, 'holdover/start', { occurredAt: '2022-09-30' }, 'HoldoverStarted');
    await record('operator', id, 'holdover/end', { occurredAt: '2022-10-30' }, 'HoldoverEnded');
    // "费用…由新服务商提供": a payment by the client is recorded, flagged payerNotLiable.
    const paid = await record(
      'finance',
      id,
      'holdover/payments',
      { occurredAt: '2022-11-15', paymentId: 'hop-1', amount: '1000.00' },
      'HoldoverFeePaid',
    );
    expect(paid.events[0].data).toMatchObject({ owedBy: 'successor', flags: ['payerNotLiable'] });
  });

  it('000: force majeure suspends performance and ends (第十九条)', async () => {
    const id = newContractId('c000-fm');
    await contracts.api.sign(id, CONTRACT_000_TERMS);
    await record(
      'operator',
      id,
      'force-majeure',
      {
        occurredAt: '2022-06-01',
        forceMajeureId: 'fm-1',
        by: 'supplier',
        notifiedOn: '2022-06-01',
        description: '疫情封控',
      },
      'ForceMajeureDeclared',
    );
    await record(
      'operator',
      id,
      'force-majeure/fm-1/end',
      { occurredAt: '2022-06-05' },
      'ForceMajeureEnded',
    );
  });

  it('004: phase acceptance fails, then passes; final acceptance is deemed from silence (第七条 3); closed', async () => {
    const id = newContractId('c004');
    await contracts.api.sign(id, CONTRACT_004_TERMS);
    await record(
      'finance',
      id,
      'payments',
      {
        occurredAt: '2022-06-20',
        paymentId: 'pay-first',
        installmentId: 'first',
        amount: '407483.40',
      },
      'PaymentRecorded',
    );
    await record(
      'operator',
      id,
      'milestones/phase/rejection',
      { occurredAt: '2022-11-15', reason: '文档不全' },
      'AcceptanceRejected',
    );
    await record(
      'operator',
      id,
      'milestones/phase/acceptance',
      { occurredAt: '2022-11-18' },
      'MilestoneAccepted',
    );
    await record(
      'finance',
      id,
      'payments',
      {
        occurredAt: '2022-11-20',
        paymentId: 'pay-interim',
        installmentId: 'interim',
        amount: '174650.00',
      },
      'PaymentRecorded',
    );
    await record(
      'operator',
      id,
      'service-period/end',
      { occurredAt: '2023-05-31' },
      'ServicePeriodEnded',
    );
    await record(
      'finance',
      id,
      'payments',
      {
        occurredAt: '2023-06-20',
        paymentId: 'pay-final',
        installmentId: 'final',
        amount: '415866.60',
      },
      'PaymentRecorded',
    );
    await record(
      'operator',
      id,
      'milestones/final/deemed-acceptance',
      { occurredAt: '2023-08-01' },
      'AcceptanceDeemed',
    );
    await record('operator', id, 'closure', { occurredAt: '2023-08-02' }, 'ContractClosed');
  });

  it('001: terminated for convenience once the 30-day notice has run (15.2 第四段)', async () => {
    const id = newContractId('c001-terminated');
    await contracts.api.sign(id, CONTRACT_001_TERMS);
    const notice = await record(
      'operator',
      id,
      'termination-notices',
      { occurredAt: '2022-10-01', noticeId: 'tn-1', by: 'client', rightId: 'convenience' },
      'TerminationNoticeIssued',
    );
    expect(notice.events[0].data).toMatchObject({ effectiveOn: '2022-10-31' });
    await record(
      'operator',
      id,
      'termination',
      { occurredAt: '2022-10-31', by: 'client', noticeId: 'tn-1' },
      'ContractTerminated',
    );
  });

  it('these stories wrote the event of every lifecycle command', () => {
    expect([...contracts.api.recordedTypes]).toEqual(expect.arrayContaining(LIFECYCLE_EVENT_TYPES));
  });
});
