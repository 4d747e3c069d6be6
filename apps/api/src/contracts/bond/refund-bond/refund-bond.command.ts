import { ContractCommandMessage } from '../../shared';

export class RefundBondCommand extends ContractCommandMessage<'RefundBond'> {
  readonly type = 'RefundBond';
}
