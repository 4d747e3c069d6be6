import { ContractCommandMessage } from '../../shared';

export class RecordCorrectionCommand extends ContractCommandMessage<'RecordCorrection'> {
  readonly type = 'RecordCorrection';
}
