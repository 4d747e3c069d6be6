import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  CommandRequest,
  ContractCommandDispatcher,
  ContractCommandEndpoint,
  ContractCommandRequest,
  ContractCommandResponse,
  IdParam,
  OPERATOR,
  PeriodIndexParam,
} from '../../shared';
import { ConcludeReviewDto } from './conclude-review.dto';

@ApiTags('reviews')
@Controller('contracts')
export class ConcludeReviewController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/reviews/:scheduleId/:periodIndex/conclusion')
  @ContractCommandEndpoint({
    summary: 'Record the outcome of a period review',
    description:
      '001 6.3: "10 日内未提出质疑的，视为…通过" (deemedPassed after the window); a failure opens 001 6.2 bond deduction.',
    roles: OPERATOR,
  })
  concludeReview(
    @Param('contractId', IdParam) contractId: string,
    @Param('scheduleId', IdParam) scheduleId: string,
    @Param('periodIndex', PeriodIndexParam) periodIndex: number,
    @Body() body: ConcludeReviewDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'ConcludeReview',
      contractId,
      { ...body, scheduleId, periodIndex },
      request,
    );
  }
}
