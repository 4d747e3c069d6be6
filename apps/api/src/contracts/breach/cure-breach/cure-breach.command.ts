import { ContractCommandMessage } from '../../shared';

export class CureBreachCommand extends ContractCommandMessage<'CureBreach'> {
  readonly type = 'CureBreach';
}
