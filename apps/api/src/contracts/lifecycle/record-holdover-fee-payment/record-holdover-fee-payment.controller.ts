import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { RecordHoldoverFeePaymentDto } from './record-holdover-fee-payment.dto';

@ContractCommand('RecordHoldoverFeePayment', RecordHoldoverFeePaymentDto, {
  post: ':contractId/holdover/payments',
  tag: 'lifecycle',
  roles: FINANCE,
  summary: 'Record a payment of the holdover fee',
  description:
    '001 2.3: the client owes the holdover fee (it is in expected; a payment lowers outstanding). 002 第十三条 "由新服务商提供": the new service provider owes it — its payment settles the successor’s fee, never this contract’s; a client payment is recorded and flagged payerNotLiable. More than the fee is flagged exceedsFee. Refused: no fee fixed (HoldoverEnded, or a free holdover), a date before the holdover ended.',
})
export class RecordHoldoverFeePaymentController extends ContractCommandController {}
