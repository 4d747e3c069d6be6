import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { RefundBondDto } from './refund-bond.dto';

@ContractCommand('RefundBond', RefundBondDto, {
  post: ':contractId/bond/refunds',
  tag: 'bond',
  roles: FINANCE,
  summary: 'Return the bond',
  description:
    '001 4.2 第四段: returned after final acceptance and the performance assessment. Without an amount, the whole remaining balance.',
})
export class RefundBondController extends ContractCommandController {}
