import { ContractCommandMessage } from '../../shared';

export class DepositBondCommand extends ContractCommandMessage<'DepositBond'> {
  readonly type = 'DepositBond';
}
