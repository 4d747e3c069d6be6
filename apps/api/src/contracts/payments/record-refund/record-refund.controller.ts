import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { RecordRefundDto } from './record-refund.dto';

@ContractCommand('RecordRefund', RecordRefundDto, {
  post: ':contractId/refunds',
  tag: 'payments',
  roles: FINANCE,
  summary: 'Record fees the supplier returned after an early termination',
  description:
    '000 第十二条 6: everything paid comes back after a termination for cause; 002 第十二条 2: the unperformed days (annual fee ÷ 365) within 30 days.',
})
export class RecordRefundController extends ContractCommandController {}
