import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { StartPaymentRestrictionDto } from './start-payment-restriction.dto';

@ContractCommand('StartPaymentRestriction', StartPaymentRestrictionDto, {
  post: ':contractId/payment-restrictions',
  tag: 'late-interest',
  roles: FINANCE,
  summary: 'Record that a treasury restriction defers payment',
  description:
    '000 / 004 第五条 5 "财政国库支付受限，支付期限顺延，不承担违约责任"; 001 4.2 "因财政原因不能及时支付费用时…甲方不因此原因承担违约责任": from this date no late-payment interest accrues until the restriction ends. One restriction runs at a time.',
})
export class StartPaymentRestrictionController extends ContractCommandController {}
