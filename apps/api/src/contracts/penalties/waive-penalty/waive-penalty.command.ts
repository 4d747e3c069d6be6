import { ContractCommandMessage } from '../../shared';

export class WaivePenaltyCommand extends ContractCommandMessage<'WaivePenalty'> {
  readonly type = 'WaivePenalty';
}
