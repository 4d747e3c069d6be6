import { ContractCommandMessage } from '../../shared';

export class RejectAcceptanceCommand extends ContractCommandMessage<'RejectAcceptance'> {
  readonly type = 'RejectAcceptance';
}
