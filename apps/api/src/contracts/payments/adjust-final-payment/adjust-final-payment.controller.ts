import { ContractCommand, ContractCommandController, FINANCE } from '../../shared';
import { AdjustFinalPaymentDto } from './adjust-final-payment.dto';

@ContractCommand('AdjustFinalPayment', AdjustFinalPaymentDto, {
  post: ':contractId/installments/:installmentId/budget-adjustment',
  tag: 'payments',
  roles: FINANCE,
  summary: 'Adjust a final installment to the budget of its year',
  description:
    '000 第五条 3, 7: "此项金额有可能根据 2023 年财政预算下达情况进行调整". Only for an installment the terms mark adjustable, never below what was paid on it.',
})
export class AdjustFinalPaymentController extends ContractCommandController {}
