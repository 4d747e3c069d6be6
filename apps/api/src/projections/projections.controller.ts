import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectorService, ProjectionStatus } from '@app/read-models';
import { ALL_ROLES, Roles } from '../common';

@ApiTags('projections')
@Roles(...ALL_ROLES)
@Controller('projections')
export class ProjectionsController {
  constructor(private readonly projector: ProjectorService) {}

  @Get()
  @ApiOperation({ summary: "Each projection's checkpoint, the store's head, and whether it lags" })
  async list(): Promise<{ projections: ProjectionStatus[] }> {
    return { projections: await this.projector.status() };
  }
}
