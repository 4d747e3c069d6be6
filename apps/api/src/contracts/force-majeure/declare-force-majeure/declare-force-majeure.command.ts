import { ContractCommandMessage } from '../../shared';

export class DeclareForceMajeureCommand extends ContractCommandMessage<'DeclareForceMajeure'> {
  readonly type = 'DeclareForceMajeure';
}
