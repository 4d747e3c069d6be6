import { ContractCommandMessage } from '../../shared';

export class RecordPenaltyPaymentCommand extends ContractCommandMessage<'RecordPenaltyPayment'> {
  readonly type = 'RecordPenaltyPayment';
}
