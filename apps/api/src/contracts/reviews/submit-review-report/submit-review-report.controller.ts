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
import { SubmitReviewReportDto } from './submit-review-report.dto';

@ApiTags('reviews')
@Controller('contracts')
export class SubmitReviewReportController {
  constructor(private readonly commands: ContractCommandDispatcher) {}

  @Post(':contractId/reviews/:scheduleId/:periodIndex/report')
  @ContractCommandEndpoint({
    summary: 'Record that the supplier handed in a period report',
    description:
      '001 6.3: quarterly service report; 003 附件: monthly report within 5 working days.',
    roles: OPERATOR,
  })
  submitReviewReport(
    @Param('contractId', IdParam) contractId: string,
    @Param('scheduleId', IdParam) scheduleId: string,
    @Param('periodIndex', PeriodIndexParam) periodIndex: number,
    @Body() body: SubmitReviewReportDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<ContractCommandResponse> {
    return this.commands.dispatch(
      'SubmitReviewReport',
      contractId,
      { ...body, scheduleId, periodIndex },
      request,
    );
  }
}
