import { ContractCommandMessage } from '../../shared';

export class TerminateContractCommand extends ContractCommandMessage<'TerminateContract'> {
  readonly type = 'TerminateContract';
}
