import { ContractCommand, ContractCommandController, OPERATOR_OR_FINANCE } from '../../shared';
import { RecordCorrectionDto } from './record-correction.dto';

@ContractCommand('RecordCorrection', RecordCorrectionDto, {
  post: ':contractId/corrections',
  tag: 'corrections',
  roles: OPERATOR_OR_FINANCE,
  summary: 'Reverse or amend an earlier fact',
  description:
    'History is never edited: the correction is a new fact naming the old one by its id (payment, invoice, bond deduction, penalty, refund).',
})
export class RecordCorrectionController extends ContractCommandController {}
