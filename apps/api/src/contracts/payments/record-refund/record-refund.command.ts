import { ContractCommandMessage } from '../../shared';

export class RecordRefundCommand extends ContractCommandMessage<'RecordRefund'> {
  readonly type = 'RecordRefund';
}
