import { ContractCommandMessage } from '../../shared';

export class StartHoldoverCommand extends ContractCommandMessage<'StartHoldover'> {
  readonly type = 'StartHoldover';
}
