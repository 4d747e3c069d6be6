import { ContractCommandMessage } from '../../shared';

export class RecordPaymentCommand extends ContractCommandMessage<'RecordPayment'> {
  readonly type = 'RecordPayment';
}
