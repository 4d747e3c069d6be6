import { ContractCommandMessage } from '../../shared';

export class DeductBondCommand extends ContractCommandMessage<'DeductBond'> {
  readonly type = 'DeductBond';
}
