import { ContractCommandMessage } from '../../shared';

export class AssessPenaltyCommand extends ContractCommandMessage<'AssessPenalty'> {
  readonly type = 'AssessPenalty';
}
