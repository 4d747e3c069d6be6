import { ContractCommandMessage } from '../../shared';

export class DeemAcceptanceCommand extends ContractCommandMessage<'DeemAcceptance'> {
  readonly type = 'DeemAcceptance';
}
