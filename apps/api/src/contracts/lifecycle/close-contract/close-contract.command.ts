import { ContractCommandMessage } from '../../shared';

export class CloseContractCommand extends ContractCommandMessage<'CloseContract'> {
  readonly type = 'CloseContract';
}
