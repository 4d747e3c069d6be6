import { ContractCommandMessage } from '../../shared';

export class EndServicePeriodCommand extends ContractCommandMessage<'EndServicePeriod'> {
  readonly type = 'EndServicePeriod';
}
