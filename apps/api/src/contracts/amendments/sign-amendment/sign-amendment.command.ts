import { ContractCommandMessage } from '../../shared';

export class SignAmendmentCommand extends ContractCommandMessage<'SignAmendment'> {
  readonly type = 'SignAmendment';
}
