import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { EndPaymentRestrictionDto } from './end-payment-restriction.dto';

@ContractCommand('EndPaymentRestriction', EndPaymentRestrictionDto, {
  post: ':contractId/payment-restrictions/:restrictionId/end',
  tag: 'late-interest',
  roles: FINANCE,
  summary: 'Record that a treasury payment restriction was lifted',
  description:
    '000 第五条 5 "待障碍消除后，立即恢复支付": from this date lateness accrues again. The restricted days run from the start to the day before.',
})
export class EndPaymentRestrictionController extends ContractCommandController {}
