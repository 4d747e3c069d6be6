import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectorService } from '@app/read-models';
import { ALL_ROLES, Roles } from '../common';
import { ProjectionsResponse } from './projections.response';

@ApiTags('projections')
@Roles(...ALL_ROLES)
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly projector: ProjectorService) {}

  @Get()
  @ApiOperation({ summary: "Each projection's checkpoint, the store's head, and whether it lags" })
  @ApiOkResponse({ type: ProjectionsResponse })
  async list(): Promise<ProjectionsResponse> {
    return { projections: await this.projector.status() };
  }
}
