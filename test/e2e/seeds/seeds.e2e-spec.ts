import Decimal from 'decimal.js';
import { computeLatePaymentInterest, chinaCalendar, ContractState, streamIdFor } from '@app/domain';
import { EventStore } from '@app/event-store';
import { CommandBus } from '@nestjs/cqrs';
import {
  loadSeeds,
  ReferenceSeed,
  seedReferenceContracts,
  SeedReport,
} from '../../../apps/api/src/seeding';
import { readStoredContract, SeedTestApp, startSeedTestApp, StoredContract } from './seeded-ledger';

/**
 * The five reference contracts loaded through the command side of the real API, twice, on a fresh
 * database. Every expected figure below is worked out by hand from the contract text (clause and
 * arithmetic in the comment), not taken from the code under test.
 */
describe('reference contract seeds (e2e)', () => {
  let t: SeedTestApp;
  let first: SeedReport[];
  let second: SeedReport[];
  let eventsAfterFirst: number;
  const contracts = new Map<string, StoredContract>();
  const contract = (key: string) => contracts.get(key)!;

  // Stream reads, not readAll: readAll serves only the settled part of the log (positions below
  // every transaction still in flight), so a count taken right after writing may lag by design.
  const countStoredEvents = async () => {
    const store = t.app.get(EventStore);
    const streams = await Promise.all(
      t.seeds.map((s) => store.readStream(streamIdFor(s.contract.contractId))),
    );
    return streams.reduce((n, events) => n + events.length, 0);
  };

  beforeAll(async () => {
    t = await startSeedTestApp();
    first = await seedReferenceContracts(t.app);
    eventsAfterFirst = await countStoredEvents();
    second = await seedReferenceContracts(t.app);
    for (const seed of t.seeds) {
      contracts.set(seed.key, await readStoredContract(t.app, seed.contract.contractId));
    }
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('loading', () => {
    it('applies every step of every history once', () => {
      expect(first.map((r) => [r.key, r.applied, r.skipped, r.failure])).toEqual(
        t.seeds.map((s) => [s.key, s.history.length, 0, null]),
      );
    });

    it('changes nothing when run again: same revisions, same events, every step skipped', async () => {
      expect(second.map((r) => [r.key, r.applied, r.skipped, r.revision, r.position])).toEqual(
        first.map((r) => [r.key, 0, r.applied, r.revision, r.position]),
      );
      expect(await countStoredEvents()).toBe(eventsAfterFirst);
      expect(eventsAfterFirst).toBe(t.seeds.reduce((n, s) => n + s.history.length, 0));
      for (const seed of t.seeds) {
        const stored = contract(seed.key);
        // One event per step in these histories, so revision = steps − 1.
        expect(stored.recorded).toHaveLength(seed.history.length);
        expect(stored.recorded[stored.recorded.length - 1].revision).toBe(
          first.find((r) => r.key === seed.key)!.revision,
        );
      }
    });

    it('logs its progress per contract', () => {
      const lines = t.logs.filter((l) => l.context === 'Seeds').map((l) => String(l.msg));
      expect(lines).toContainEqual(
        expect.stringMatching(/^contract 000 .*: 20 step\(s\) applied, 0/),
      );
      expect(lines).toContainEqual(
        expect.stringMatching(/^contract 000 .*: 0 step\(s\) applied, 20 already present/),
      );
    });

    it('leaves every stream with an intact hash chain', async () => {
      const store = t.app.get(EventStore);
      for (const seed of t.seeds) {
        const verification = await store.verifyStream(streamIdFor(seed.contract.contractId));
        expect(verification).toMatchObject({ ok: true, eventsChecked: seed.history.length });
      }
    });

    it('reports a refused step and stops that contract only', async () => {
      const good = t.seeds.find((s) => s.key === '004')!;
      const contractId = 'seeds-e2e-broken';
      const broken: ReferenceSeed = {
        key: 'broken',
        contract: { ...good.contract, contractId },
        history: [
          {
            ...good.history[0],
            command: { type: 'SignContract', data: { occurredAt: '2022-05-25', contractId } },
          },
          {
            step: 2,
            note: 'A payment for an installment the contract does not have.',
            actor: 'finance',
            command: {
              type: 'RecordPayment',
              data: {
                occurredAt: '2022-06-01',
                paymentId: 'p',
                installmentId: 'nope',
                amount: '1.00',
              },
            },
          },
          good.history[2],
        ],
      };
      const reports = await loadSeeds(t.app.get(CommandBus), [broken, good]);
      expect(reports.map((r) => [r.key, r.applied, r.skipped, r.failure?.step ?? null])).toEqual([
        ['broken', 1, 0, 2],
        ['004', 0, good.history.length, null],
      ]);
      expect(reports[0].failure).toMatchObject({ type: 'RecordPayment' });
      // The store already holds the seeds' later record times: step 1 is recorded at load time.
      expect(reports[0].recordedAtLoadTime).toBe(1);
      expect(reports[0].failure!.reason).toContain('nope');
    });

    it('records the seed role as actor and one correlation id per contract', () => {
      const stored = contract('001');
      expect(stored.recorded[0].metadata.actor).toBe('seed:legal');
      expect(stored.recorded[2].metadata.actor).toBe('seed:finance');
      expect(new Set(stored.recorded.map((r) => r.metadata.correlationId)).size).toBe(1);
    });
  });

  describe('000 — investment-approval platform O&M (fixed total ¥1,130,000.00)', () => {
    it('splits the total 50 % / 21.43 % / 28.57 % (第五条 1–3)', () => {
      // 1,130,000.00 × 0.5 = 565,000.00; × 0.2143 = 242,159.00; × 0.2857 = 322,841.00 (sum 1,130,000.00)
      expect(contract('000').one('ContractSigned').data.installments).toEqual([
        { id: 'first', amount: '565000.00' },
        { id: 'interim', amount: '242159.00' },
        { id: 'final', amount: '322841.00' },
      ]);
    });

    it('adjusts the final installment to the 2023 budget (第五条 3, 7)', () => {
      // Budget 1,107,400.00 = 1,130,000.00 × 0.98 → final 322,841.00 − 22,600.00 = 300,241.00.
      expect(contract('000').one('FinalPaymentAdjusted').data).toMatchObject({
        previousAmount: '322841.00',
        newAmount: '300241.00',
      });
      expect(file(contract('000').state).total).toBe('1107400.00');
    });

    it('corrects the mistyped first payment and offsets the penalty against the interim one', () => {
      const f = file(contract('000').state);
      // 第五条 1: 56,500.00 keyed, amended to 565,000.00; the original event is untouched.
      expect(contract('000').all('PaymentRecorded')[0].data.amount).toBe('56500.00');
      expect(f.payments.get('pay-000-1')).toMatchObject({ amount: '565000.00', reversed: false });
      // 第十二条 3: 2 violations × 1,000.00 = 2,000.00; 第十二条 8: deducted from the interim payment.
      expect(f.penalties['pen-000-1'].amount).toBe('2000.00');
      expect(f.payments.get('pay-000-2')).toMatchObject({
        amount: '240159.00',
        penaltyOffsets: [{ penaltyId: 'pen-000-1', amount: '2000.00' }],
      });
      // Cash 565,000.00 + 240,159.00 + 300,241.00 = 1,105,400.00; + 2,000.00 offset = 1,107,400.00.
      expect(cash(f)).toBe('1105400.00');
      expect(settled(f)).toBe('1107400.00');
      expect(contract('000').state.status).toBe('closed');
    });
  });

  describe('001 — emergency-management IT O&M (total ¥2,347,000.00, bond 5 %)', () => {
    it('takes a 5 % bond, one day late (4.2)', () => {
      // 2,347,000.00 × 0.05 = 117,350.00; due 10 working days after 2022-07-06 = 2022-07-20.
      expect(contract('001').one('ContractSigned').data.bondAmount).toBe('117350.00');
      expect(contract('001').one('BondDeposited').data).toMatchObject({
        occurredAt: '2022-07-21',
        amount: '117350.00',
        dueBy: '2022-07-20',
        flags: ['late'],
      });
    });

    it('keeps 5 % of the bond for the failed first quarter and returns the rest (6.2, 4.2)', () => {
      // 117,350.00 × 0.05 = 5,867.50; 117,350.00 − 5,867.50 = 111,482.50.
      expect(contract('001').one('BondDeducted').data).toMatchObject({
        amount: '5867.50',
        balanceAfter: '111482.50',
      });
      expect(contract('001').one('BondRefunded').data.amount).toBe('111482.50');
    });

    it('adds the supplementary agreement and charges the holdover pro rata (14.1, 2.3)', () => {
      // 14.1: 98,000.00 ≤ 10 % × 2,347,000.00 = 234,700.00; new total 2,445,000.00.
      expect(contract('001').one('AmendmentSigned').data.newTotal).toBe('2445000.00');
      // 2.3: 2023-07-07 … 2023-07-31 = 25 days; 2,347,000.00 × 25 ÷ 365 = 160,753.424… → 160,753.42.
      expect(contract('001').one('HoldoverEnded').data).toMatchObject({
        days: 25,
        fee: '160753.42',
        capped: false,
      });
    });

    it('fixes the due dates of the 30 % and 10 % on the confirmed applications; both paid on time (4.2)', () => {
      // 2023-03-15 + 30 working days = 2023-04-26; 2023-07-26 + 30 working days = 2023-09-06
      expect(
        contract('001')
          .all('PaymentApplicationConfirmed')
          .map((e) => e.data),
      ).toEqual([
        expect.objectContaining({ installmentId: 'second', dueDate: '2023-04-26' }),
        expect.objectContaining({ installmentId: 'final', dueDate: '2023-09-06' }),
      ]);
      const paid = contract('001')
        .all('PaymentRecorded')
        .filter((e) => ['second', 'final'].includes(e.data.installmentId));
      expect(paid.map((e) => [e.data.installmentId, e.data.dueDate, e.data.flags])).toEqual([
        ['second', '2023-04-26', []],
        ['final', '2023-09-06', []],
      ]);
    });

    it('waives the 1 % penalty for the cured unauthorized staff change (5.1 第六段)', () => {
      // 2,347,000.00 × 0.01 = 23,470.00
      expect(contract('001').one('PenaltyAssessed').data.amount).toBe('23470.00');
      expect(contract('001').one('PenaltyWaived').data.amount).toBe('23470.00');
      // 1,408,200.00 + 704,100.00 + 98,000.00 + 234,700.00 = 2,445,000.00
      expect(cash(file(contract('001').state))).toBe('2445000.00');
    });
  });

  describe('002 — HR exam system security O&M (annual fee ¥2,045,000.00)', () => {
    it('refunds the fees received for the days after the client’s termination (第十二条 2)', () => {
      // Performed 2021-09-30 … 2022-04-15 = 1 + 31 + 30 + 31 + 31 + 28 + 31 + 15 = 198 days of 365.
      // refund = min(1,431,500.00 − 2,045,000.00 × 198 ÷ 365, 2,045,000.00 × 167 ÷ 365)
      //        = min(1,431,500.00 − 1,109,342.47, 935,657.53) = 322,157.53
      const byHand = Decimal.min(
        new Decimal('1431500.00').minus(new Decimal('2045000.00').times(198).dividedBy(365)),
        new Decimal('2045000.00').times(167).dividedBy(365),
      ).toFixed(2);
      expect(byHand).toBe('322157.53');
      expect(contract('002').one('ContractTerminated').data).toMatchObject({
        occurredAt: '2022-04-15',
        by: 'client',
        rightId: 'failed-monthly-assessment',
        refundBasis: 'proRata',
        refundDue: byHand,
        // 第十二条 2: within 30 days of the notice.
        refundDueBy: '2022-05-15',
      });
      expect(contract('002').one('RefundPaid').data).toMatchObject({
        amount: '322157.53',
        flags: [],
      });
      expect(contract('002').state.status).toBe('closed');
    });
  });

  describe('003 — market-regulation IT O&M (total ¥2,780,000.00)', () => {
    it('owes interest on the first payment, three days late (第三条 2(1), 第六条 2(2))', () => {
      // Invoice 2022-12-26 + 10 working days (2023-01-02 off) = 2023-01-10; paid 2023-01-13.
      const payment = contract('003').all('PaymentRecorded')[0].data;
      expect(payment).toMatchObject({ dueDate: '2023-01-10', flags: ['late'] });
      // 1 % a day of the unpaid 1,668,000.00 for 2023-01-11 and 01-12: 1,668,000.00 × 0.01 × 2
      // = 33,360.00, under the cap of 5 % × 2,780,000.00 = 139,000.00.
      const interest = computeLatePaymentInterest(
        {
          terms: { dailyRate: '0.01', capRate: '0.05', capBase: 'contract-total' },
          overdueAmount: payment.amount,
          dueDate: payment.dueDate!,
          asOf: payment.occurredAt,
          paidOn: payment.occurredAt,
          contractTotal: '2780000.00',
        },
        chinaCalendar(),
      );
      expect(interest).toMatchObject({ interest: '33360.00', days: 2, capped: false });
    });

    it('suspends for the rainstorm without a fee deduction, and withdraws a termination notice', () => {
      // 第八条: 2023-07-31 … 2023-08-02 = 3 days; 003 deducts nothing for force majeure.
      expect(contract('003').one('ForceMajeureEnded').data).toMatchObject({
        suspendedDays: 3,
        feeDeduction: '0.00',
        extendedServiceEnd: null,
      });
      // 第二条 2(7): one month's notice from 2023-10-09.
      expect(contract('003').one('TerminationNoticeIssued').data.effectiveOn).toBe('2023-11-09');
      expect(contract('003').all('TerminationNoticeWithdrawn')).toHaveLength(1);
      // 1,668,000.00 + 1,112,000.00 = 2,780,000.00
      expect(cash(file(contract('003').state))).toBe('2780000.00');
    });
  });

  describe('004 — cloud hosts and databases O&M (fixed total ¥998,000.00)', () => {
    it('deems the final acceptance after 40 working days of silence (第七条 3)', () => {
      // 2023-05-31 + 40 working days = 2023-07-27 (Dragon Boat 06-22/23 off, 06-25 worked) → 07-28.
      expect(contract('004').one('AcceptanceDeemed').data.deemedOn).toBe('2023-07-28');
      expect(contract('004').one('AcceptanceRejected').data.reworkBy).toBe('2022-11-29');
    });

    it('pays 40.83 % / 17.5 % / 41.67 %, the last one late (第五条)', () => {
      // 998,000.00 × 0.4083 = 407,483.40; × 0.175 = 174,650.00; × 0.4167 = 415,866.60.
      expect(
        contract('004')
          .all('PaymentRecorded')
          .map((p) => [p.data.amount, p.data.flags]),
      ).toEqual([
        ['407483.40', []],
        ['174650.00', []],
        ['415866.60', ['late']],
      ]);
      expect(cash(file(contract('004').state))).toBe('998000.00');
    });

    it('the supplier pays the inspection penalty in cash, so the contract can close (第十二条 3)', () => {
      // 1 violation × 1,000.00 = 1,000.00
      expect(contract('004').one('PenaltyAssessed').data).toMatchObject({
        amount: '1000.00',
        basis: { violations: 1 },
      });
      expect(contract('004').one('PenaltyPaid').data).toEqual({
        occurredAt: '2022-11-22',
        penaltyPaymentId: 'pp-004-1',
        penaltyId: 'pen-004-1',
        amount: '1000.00',
        flags: [],
      });
      expect(contract('004').one('ContractClosed').data.occurredAt).toBe('2023-08-31');
    });
  });
});

type Signed = Exclude<ContractState, { status: 'draft' }>;

function file(state: ContractState): Signed['file'] {
  if (state.status === 'draft') throw new Error('contract not signed');
  return state.file;
}

function cash(f: Signed['file']): string {
  return f.payments
    .values()
    .filter((p) => !p.reversed)
    .reduce((sum, p) => sum.plus(p.amount), new Decimal(0))
    .toFixed(2);
}

function settled(f: Signed['file']): string {
  return f.payments
    .values()
    .filter((p) => !p.reversed)
    .flatMap((p) => [p.amount, ...p.penaltyOffsets.map((o) => o.amount)])
    .reduce((sum, a) => sum.plus(a), new Decimal(0))
    .toFixed(2);
}
