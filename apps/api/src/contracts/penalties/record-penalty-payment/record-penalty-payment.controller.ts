import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { RecordPenaltyPaymentDto } from './record-penalty-payment.dto';

@ContractCommand('RecordPenaltyPayment', RecordPenaltyPaymentDto, {
  post: ':contractId/penalties/:penaltyId/payments',
  tag: 'penalties',
  roles: FINANCE,
  summary: 'Record a penalty the supplier paid in cash',
  description:
    '000 第十二条 3 / 001 5.1: a penalty settled by the supplier paying it rather than by an offset against a payment or a waiver. More than is outstanding is recorded and flagged overpayment; a waived or reversed penalty is refused.',
})
export class RecordPenaltyPaymentController extends ContractCommandController {}
