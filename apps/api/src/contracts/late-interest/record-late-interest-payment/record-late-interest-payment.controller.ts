import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { RecordLateInterestPaymentDto } from './record-late-interest-payment.dto';

@ContractCommand('RecordLateInterestPayment', RecordLateInterestPaymentDto, {
  post: ':contractId/installments/:installmentId/late-interest/payments',
  tag: 'late-interest',
  roles: FINANCE,
  summary: 'Record late-payment interest the client paid',
  description:
    '001 5.2 / 002 第五条 2 / 003 第六条 2(2): interest on a late installment, paid by the client. Money that arrived is recorded: paid on or before the due date it is flagged notOverdue, beyond what the cap still allows exceedsCap, after a whole waiver afterWaiver. A contract without a late-payment clause (000, 004) refuses it.',
})
export class RecordLateInterestPaymentController extends ContractCommandController {}
