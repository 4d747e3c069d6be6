import { ContractCommandMessage } from '../../shared';

export class EndForceMajeureCommand extends ContractCommandMessage<'EndForceMajeure'> {
  readonly type = 'EndForceMajeure';
}
