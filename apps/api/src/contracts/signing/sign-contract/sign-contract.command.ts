import { ContractCommandMessage } from '../../shared';

export class SignContractCommand extends ContractCommandMessage<'SignContract'> {
  readonly type = 'SignContract';
}
