import { ContractCommandMessage } from '../../shared';

export class ConfirmPaymentApplicationCommand extends ContractCommandMessage<'ConfirmPaymentApplication'> {
  readonly type = 'ConfirmPaymentApplication';
}
