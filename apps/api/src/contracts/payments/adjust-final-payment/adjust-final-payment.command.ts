import { ContractCommandMessage } from '../../shared';

export class AdjustFinalPaymentCommand extends ContractCommandMessage<'AdjustFinalPayment'> {
  readonly type = 'AdjustFinalPayment';
}
