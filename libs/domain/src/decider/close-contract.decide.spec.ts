import type { ContractCommand } from '../commands';
import { foldContract } from './contract.decider';
import { cmd, SIGNED_002, SIGNED_003 } from './testing/fixtures';
import { given, play, refusals } from './testing/given-when-then';

const close = (occurredAt: string): ContractCommand => ({
  type: 'CloseContract',
  data: { occurredAt },
});

describe('CloseContract', () => {
  const EXPIRED_003 = play(SIGNED_003, cmd.endService('2023-12-20'));

  it('refuses closing while installments are unpaid', () => {
    const error = given(...EXPIRED_003)
      .when(close('2024-01-31'))
      .thenRefuses('CONTRACT_HAS_OPEN_ITEMS');
    expect(error.details?.open).toEqual([
      'installment first not fully paid',
      'installment final not fully paid',
    ]);
  });

  it('closes an expired contract with everything settled; then refuses anything but corrections', () => {
    const settled = play(
      EXPIRED_003,
      cmd.pay('first', '1668000.00', '2023-01-05'),
      cmd.pay('final', '1112000.00', '2024-01-03'),
    );
    const events = given(...settled)
      .when(close('2024-01-31'))
      .then({ type: 'ContractClosed', data: { occurredAt: '2024-01-31', from: 'expired' } });
    const closed = [...settled, ...events];
    expect(foldContract(closed).status).toBe('closed');
    given(...closed)
      .when(close('2024-02-01'))
      .thenNothing();
    refusals([closed, cmd.pay('final', '1.00', '2024-02-01'), 'CONTRACT_CLOSED']);
  });

  it('closes a terminated contract once the refund is back', () => {
    const terminated = play(SIGNED_002, cmd.pay('first', '1431500.00', '2021-11-15'), {
      type: 'TerminateContract',
      data: { occurredAt: '2022-04-15', by: 'client', rightId: 'confidentiality' },
    });
    refusals([terminated, close('2022-06-01'), 'CONTRACT_HAS_OPEN_ITEMS']);
    const refunded = play(terminated, {
      type: 'RecordRefund',
      data: { occurredAt: '2022-05-01', refundId: 'rf-1', amount: '1431500.00' },
    });
    given(...refunded)
      .when(close('2022-06-01'))
      .thenOne({ type: 'ContractClosed', data: { from: 'terminated' } });
  });

  it('refuses closing a running contract', () => {
    refusals([SIGNED_003, close('2023-06-01'), 'CONTRACT_NOT_EXPIRED']);
  });
});
