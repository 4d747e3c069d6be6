import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { CalendarService, FESTIVAL_DATES_SOURCE, currentCalendar } from '@app/calendar';
import { STATUTORY_HOLIDAY_DAYS } from '@app/domain';
import type { Principal } from '@app/platform';
import {
  CurrentPrincipal,
  HttpResponse,
  Roles,
  currentCorrelationId,
  problemResponse,
} from '../common';
import { todayInChina } from '@app/read-models';
import { CalendarPublishResponse, CalendarResponse } from './calendar.response';

const EXAMPLE = {
  year: 2027,
  version: '1',
  source: { notice: '国办发明电〔2026〕N号', url: 'https://www.gov.cn/zhengce/content/…' },
  breaks: [
    { festivals: ['newYear'], off: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: [] },
  ],
};

/**
 * The working-day calendar: which years are official (from the State Council's notice) and which
 * provisional, and the endpoint an operator records a new year's notice with (README "Calendar").
 */
@ApiTags('calendar')
@Controller('calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @Roles('finance', 'legal', 'operator', 'admin')
  @ApiOperation({
    summary: 'Every calendar year: official or provisional, its version and source',
    description:
      'A provisional year is weekends plus the statutory days of the 2024 revision (13), without make-up working days; every deadline counted in it says `provisional: true` until the notice is published here.',
  })
  @ApiOkResponse({ type: CalendarResponse })
  list(): CalendarResponse {
    return {
      calendarVersion: currentCalendar().dataVersion,
      statutoryDays: STATUTORY_HOLIDAY_DAYS,
      lunarSource: FESTIVAL_DATES_SOURCE,
      years: this.calendar.listing(),
    };
  }

  @Post('years')
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({
    summary: "Record a year of the State Council's holiday notice",
    description:
      'Roles: admin. The body is the calendar-year file (calendar/README.md). Validated: dates real, inside the year and listed once; make-up working days on Saturdays or Sundays; each festival in one break; weekday days off − make-up days = the statutory days (元旦1 春节4 清明1 劳动节2 端午1 中秋1 国庆3). Recorded as CalendarYearPublished in the `calendar` stream; every figure is recomputed with it at once. The same file again records nothing (200).',
  })
  @ApiBody({ schema: { type: 'object', example: EXAMPLE } })
  @ApiResponse({ status: 201, description: 'Recorded', type: CalendarPublishResponse })
  @ApiResponse({
    status: 200,
    description: 'Already recorded, nothing new',
    type: CalendarPublishResponse,
  })
  @ApiResponse({ status: 422, ...problemResponse('CALENDAR_YEAR_INVALID: details.violations') })
  @ApiResponse({ status: 409, ...problemResponse('CALENDAR_YEAR_VERSION_CONFLICT') })
  async publish(
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal | undefined,
    @Res({ passthrough: true }) response: HttpResponse,
  ): Promise<CalendarPublishResponse> {
    const result = await this.calendar.publish(body, {
      actor: principal?.name ?? 'anonymous',
      correlationId: currentCorrelationId() ?? randomUUID(),
      today: todayInChina(),
    });
    if (!result.recorded) response.status(200);
    return result;
  }
}
