import { CommandHandler } from '@nestjs/cqrs';
import { ContractCommandHandler } from '../../shared';
import { ConcludeReviewCommand } from './conclude-review.command';

@CommandHandler(ConcludeReviewCommand)
export class ConcludeReviewHandler extends ContractCommandHandler<ConcludeReviewCommand> {}
