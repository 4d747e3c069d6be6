import { CONTRACT_000_TERMS } from '@app/domain';
import { reconciliationView } from './reconciliation.view';
import {
  createProjectionTestDb,
  type ProjectionTestDb,
} from '@app/read-models/projections/testing/projection-test-db.helpers';
import {
  decideAll,
  signing,
} from '@app/read-models/projections/testing/reference-histories.fixtures';
import type { LedgerLineRow } from '@app/read-models';

const assess = (penaltyId: string, violations: number, occurredAt: string) =>
  ({
    type: 'AssessPenalty',
    data: { occurredAt, penaltyId, ruleId: 'inspection-violation', violations },
  }) as const;
const payPenalty = (penaltyPaymentId: string, penaltyId: string, amount: string, at: string) =>
  ({
    type: 'RecordPenaltyPayment',
    data: { occurredAt: at, penaltyPaymentId, penaltyId, amount },
  }) as const;

/**
 * 000 第十二条 3: 1,000.00 per inspected violation. pen-1 (3 violations, 3,000.00) is paid in cash
 * in two parts; pen-2 (2 violations, 2,000.00) is paid 2,500.00, flagged overpayment.
 * Penalties balance = assessed − offset − waived − paid.
 */
describe('ledger_lines projection: penalties paid in cash (real PostgreSQL)', () => {
  let t: ProjectionTestDb;
  let lines: LedgerLineRow[];

  beforeAll(async () => {
    t = await createProjectionTestDb('ledger_penalty_paid');
    await t.append(
      'c-000',
      decideAll(
        signing(CONTRACT_000_TERMS, 'c-000'),
        assess('pen-1', 3, '2022-08-15'),
        payPenalty('pp-1', 'pen-1', '1000.00', '2022-08-20'),
        payPenalty('pp-2', 'pen-1', '2000.00', '2022-08-25'),
      ),
    );
    await t.append(
      'c-001',
      decideAll(
        signing(CONTRACT_000_TERMS, 'c-001'),
        assess('pen-2', 2, '2022-09-01'),
        payPenalty('pp-3', 'pen-2', '2500.00', '2022-09-05'),
      ),
    );
    await t.catchUp();
    lines = await t.rows<LedgerLineRow>(
      "SELECT * FROM rm_ledger_lines WHERE account = 'penalties' ORDER BY position, line_no",
    );
  });

  afterAll(() => t.close());

  it('adds a negative penalties line per payment, referring to the penalty', () => {
    const mine = lines.filter((l) => l.contract_id === 'c-000');
    expect(mine.map((l) => [l.kind, l.amount, l.fact_id, l.flags])).toEqual([
      ['penalty', '3000.00', 'pen-1', []],
      ['penalty_payment', '-1000.00', 'pen-1', []],
      ['penalty_payment', '-2000.00', 'pen-1', []],
    ]);
    expect(mine[1]).toMatchObject({
      event_type: 'PenaltyPaid',
      fact_type: 'PenaltyAssessed',
      business_date: '2022-08-20',
      description: 'Penalty pen-1 paid by the supplier (pp-1)',
    });
  });

  it('the reconciliation reports no penalties outstanding once paid', () => {
    const mine = lines.filter((l) => l.contract_id === 'c-000');
    const r = reconciliationView('c-000', mine, null);
    expect(r.figures.penaltiesOutstanding.amount).toBe('0.00');
  });

  it('keeps an overpayment as paid, flagged, below zero', () => {
    const mine = lines.filter((l) => l.contract_id === 'c-001');
    expect(mine.map((l) => [l.kind, l.amount, l.flags])).toEqual([
      ['penalty', '2000.00', []],
      ['penalty_payment', '-2500.00', ['overpayment']],
    ]);
    expect(reconciliationView('c-001', mine, null).figures.penaltiesOutstanding.amount).toBe(
      '-500.00',
    );
  });
});
