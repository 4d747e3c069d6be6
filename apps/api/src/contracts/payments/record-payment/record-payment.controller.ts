import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { RecordPaymentDto } from './record-payment.dto';

@ContractCommand('RecordPayment', RecordPaymentDto, {
  post: ':contractId/payments',
  tag: 'payments',
  roles: FINANCE,
  summary: 'Record a payment of (part of) an installment',
  description:
    '000 第五条: installments of the payment schedule; 000 第十二条 8: assessed penalties may be deducted from a payment (penaltyOffsets). Late, over- or uninvoiced payments are recorded and flagged.',
})
export class RecordPaymentController extends ContractCommandController {}
