import { ContractCommandMessage } from '../../shared';

export class EndHoldoverCommand extends ContractCommandMessage<'EndHoldover'> {
  readonly type = 'EndHoldover';
}
