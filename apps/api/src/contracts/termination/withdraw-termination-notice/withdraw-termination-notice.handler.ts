import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { WithdrawTerminationNoticeCommand } from './withdraw-termination-notice.command';

@CommandHandler(WithdrawTerminationNoticeCommand)
export class WithdrawTerminationNoticeHandler extends ContractCommandHandler<WithdrawTerminationNoticeCommand> {}
