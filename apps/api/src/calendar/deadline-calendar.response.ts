import { ApiProperty } from '@nestjs/swagger';

const VERSION = {
  type: String,
  nullable: true,
  example: 'provisional-2027@rules-2024',
  description:
    'The working-day data the deadline was counted with (the versions of the years it crossed, joined by +); null for a fixed date or calendar days',
};
const PROVISIONAL = {
  description:
    "Counted in a year without the State Council's notice yet (weekends + the 13 statutory days, no make-up days): it may move when the year is published (POST /calendar/years)",
};

/** A moved deadline: what it was before the year's notice was published. */
export class MovedDueDateDto {
  @ApiProperty({ format: 'date', example: '2027-02-08' }) dueDate!: string;
  @ApiProperty(VERSION) calendarVersion!: string | null;
}

export class MovedDateDto {
  @ApiProperty({ format: 'date', example: '2027-02-08' }) date!: string;
  @ApiProperty(VERSION) calendarVersion!: string | null;
}

/** How a bond deadline was counted (bond view). */
export class DeadlineCalendarDto {
  @ApiProperty(VERSION) calendarVersion!: string | null;
  @ApiProperty(PROVISIONAL) provisional!: boolean;
  @ApiProperty({
    type: MovedDateDto,
    nullable: true,
    description:
      'The provisional deadline this one replaced when the notice was published, if it moved',
  })
  movedFrom!: MovedDateDto | null;
}

export const CALENDAR_VERSION_PROPERTY = VERSION;
export const PROVISIONAL_PROPERTY = PROVISIONAL;
