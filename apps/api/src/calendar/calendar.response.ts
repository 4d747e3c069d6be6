import { ApiProperty } from '@nestjs/swagger';
import type { CalendarYearListing } from '@app/calendar';
import { STATUTORY_HOLIDAY_DAYS } from '@app/domain';

type StatutoryDays = { [F in keyof typeof STATUTORY_HOLIDAY_DAYS]: number };

/** The statutory holiday days per festival (国务院《全国年节及纪念日放假办法》, 2024 revision). */
export class StatutoryDaysDto implements StatutoryDays {
  @ApiProperty({ example: 1 }) newYear!: number;
  @ApiProperty({ example: 4 }) springFestival!: number;
  @ApiProperty({ example: 1 }) qingming!: number;
  @ApiProperty({ example: 2 }) labourDay!: number;
  @ApiProperty({ example: 1 }) dragonBoat!: number;
  @ApiProperty({ example: 1 }) midAutumn!: number;
  @ApiProperty({ example: 3 }) nationalDay!: number;
}

export class CalendarSourceDto {
  @ApiProperty({ example: '国办发明电〔2025〕7号' }) notice!: string;
  @ApiProperty({ example: 'https://www.gov.cn/zhengce/content/…' }) url!: string;
}

export class PublishedByDto {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: '1042' }) position!: string;
  @ApiProperty({ example: '2026-03-01T08:15:02.123Z' }) recordedAt!: string;
}

/** One calendar year: official (the notice's days) or provisional, with its version and source. */
export class CalendarYearDto implements CalendarYearListing {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ enum: ['official', 'provisional'] }) status!: 'official' | 'provisional';
  @ApiProperty({ example: 'chinese-days@1.5.7' }) calendarVersion!: string;
  @ApiProperty({ type: CalendarSourceDto, nullable: true }) source!: CalendarSourceDto | null;
  @ApiProperty({ example: 27, description: 'Weekdays and weekend days off counted as holidays' })
  holidays!: number;
  @ApiProperty({ example: 6, description: 'Make-up working days (调休) on weekends' })
  workdays!: number;
  @ApiProperty({
    type: PublishedByDto,
    nullable: true,
    description: 'The CalendarYearPublished event, for a year an operator published',
  })
  publishedBy!: PublishedByDto | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'What the year was read as before its publication',
  })
  replaces!: string | null;
}

export class CalendarResponse {
  @ApiProperty({ example: 'chinese-days@1.5.7+published-2027@1' }) calendarVersion!: string;
  @ApiProperty({ type: StatutoryDaysDto }) statutoryDays!: StatutoryDaysDto;
  @ApiProperty({ description: 'Where the lunar festival dates of provisional years come from' })
  lunarSource!: string;
  @ApiProperty({ type: [CalendarYearDto] }) years!: CalendarYearDto[];
}

export class CalendarPublishResponse {
  @ApiProperty({ type: CalendarYearDto }) year!: CalendarYearDto;
  @ApiProperty({ description: 'False when the same file was already recorded (200)' })
  recorded!: boolean;
}
