import { sum } from '../shared';
import { given } from '../testing/given-events.helpers';
import {
  correctionOfNothing,
  ghostPayment,
  unreadablePayment,
} from '../testing/raw-events.fixtures';
import {
  decideAll,
  history000,
  history001,
  history002,
} from '../testing/reference-histories.fixtures';
import type { LedgerLineRow } from './ledger-line.row';
import { ledgerLinesProjection } from './ledger-lines.projection';

type Line = Pick<LedgerLineRow, 'kind' | 'account' | 'amount' | 'installment_id' | 'flags'>;

const correct = (correctionId: string, factId: string, amended?: { amount: string }) => ({
  type: 'RecordCorrection' as const,
  data: {
    occurredAt: '2022-12-05',
    correctionId,
    target: { type: 'PaymentRecorded' as const, factId },
    action: amended ? ('amend' as const) : ('reverse' as const),
    ...(amended ? { amended } : {}),
    reason: '银行回单核对',
  },
});

/** Given the reference histories (and facts the decider would refuse), then the ledger's lines. */
describe('ledger_lines projection', () => {
  const ledger = given(
    ['c-000', history000()],
    ['c-001', history001()],
    ['c-002', history002()],
    ['c-009', [ghostPayment, correctionOfNothing, unreadablePayment]],
    [
      'c-010',
      decideAll(
        history000('c-010'),
        correct('cor-a', 'pay-first', { amount: '564000.00' }),
        correct('cor-r', 'pay-interim'),
      ),
    ],
  );
  const all = ledger.then(ledgerLinesProjection).rows();
  /** A contract's lines in log order (ORDER BY position, line_no). */
  const lines = (contractId: string) =>
    all
      .filter((l) => l.contract_id === contractId)
      .sort((a, b) => Number(BigInt(a.position) - BigInt(b.position)) || a.line_no - b.line_no);
  /** Each account's balance: the sum of its lines. */
  const balances = (contractId: string) => {
    const by = new Map<string, string[]>();
    for (const l of lines(contractId)) by.set(l.account, [...(by.get(l.account) ?? []), l.amount]);
    return Object.fromEntries([...by].map(([account, amounts]) => [account, sum(amounts)]));
  };

  it('000: every money movement of the history is a line, in log order', () => {
    const got = lines('c-000').map((l): Line & { corrects: unknown } => ({
      kind: l.kind,
      account: l.account,
      amount: l.amount,
      installment_id: l.installment_id,
      flags: l.flags,
      corrects: l.corrects?.factId ?? null,
    }));
    const line = (
      kind: string,
      account: string,
      amount: string,
      inst: string | null,
      flags: string[] = [],
      corrects: string | null = null,
    ) => ({ kind, account, amount, installment_id: inst, flags, corrects });
    expect(got).toEqual([
      line('schedule', 'expected', '565000.00', 'first'),
      line('schedule', 'expected', '242159.00', 'interim'),
      line('schedule', 'expected', '322841.00', 'final'),
      line('invoice', 'invoiced', '565000.00', 'first'),
      line('payment', 'received', '565000.00', 'first'),
      line('payment', 'received', '565000.00', 'first', ['overpayment', 'withoutInvoice']),
      line('correction', 'received', '-565000.00', 'first', [], 'pay-first-dup'),
      line('penalty', 'penalties', '2000.00', null),
      line('invoice', 'invoiced', '242159.00', 'interim'),
      line('payment', 'received', '240159.00', 'interim'),
      line('offset', 'received', '2000.00', 'interim'),
      line('offset', 'penalties', '-2000.00', 'interim'),
    ]);
    expect(balances('c-000')).toEqual({
      expected: '1130000.00',
      invoiced: '807159.00',
      received: '807159.00',
      penalties: '0.00',
    });
  });

  it('each line carries its event id, stream revision, global position, business date, record time and actor', () => {
    const [first] = lines('c-000');
    const event = ledger.events.find((e) => e.streamId === 'contract-c-000')!;
    expect(first).toMatchObject({
      event_id: event.eventId,
      event_type: 'ContractSigned',
      revision: 0,
      position: event.position.toString(),
      business_date: '2022-02-28',
      actor: 'finance-test',
    });
    const dup = lines('c-000').find((l) => l.fact_id === 'pay-first-dup' && l.kind === 'payment')!;
    expect(dup.fact).toMatchObject({ reversed: true, amount: '565000.00' });
    expect(dup.corrected_by).toHaveLength(1);
  });

  it('001 bond and 002 termination: deposit, 5,867.50 deduction, refund due 322,157.53 and refund paid', () => {
    expect(balances('c-001')).toMatchObject({
      bond: '111482.50',
      expected: '2347000.00',
      invoiced: '1408200.00',
    });
    expect(balances('c-002')).toMatchObject({ refund: '122157.53', received: '1431500.00' });
    const kinds = lines('c-002').map((l) => l.kind);
    expect(kinds.slice(-2)).toEqual(['refund_due', 'termination_refund']);
  });

  it('an amended payment is a line of the difference; reversing a payment with offsets reverses them too', () => {
    const got = lines('c-010')
      .filter((l) => l.kind === 'correction')
      .slice(1);
    expect(got.map((l) => [l.account, l.amount, l.corrects?.factId])).toEqual([
      ['received', '-1000.00', 'pay-first'],
      ['received', '-240159.00', 'pay-interim'],
      ['received', '-2000.00', 'pay-interim'],
      ['penalties', '2000.00', 'pay-interim'],
    ]);
    expect(balances('c-010')).toMatchObject({ received: '564000.00', penalties: '2000.00' });
  });

  it('facts it cannot place are flagged lines, never errors', () => {
    const got = lines('c-009');
    expect(got.map((l) => [l.kind, l.amount, l.installment_id, l.flags])).toEqual([
      ['payment', '100.00', 'ghost', []],
      ['correction', '0.00', null, ['unknownFact']],
      ['payment', '0.00', 'first', ['invalidAmount', 'invalidBusinessDate']],
    ]);
  });
});
