import { ApiProperty } from '@nestjs/swagger';
import type { Deadline } from '@app/read-models';
import { date, EventRefDto, nullableMoney } from './figure.response';

export class MovedDeadlineDto {
  @ApiProperty(date('The date on the provisional calendar')) date!: string;
  @ApiProperty({ type: String, nullable: true }) calendarVersion!: string | null;
}

export class DeadlineDto implements Deadline {
  @ApiProperty(date()) date!: string;
  @ApiProperty({
    enum: [
      'installment',
      'bondDeposit',
      'bondRefund',
      'terminationRefund',
      'terminationNotice',
      'breachCure',
      'serviceEnd',
    ],
  })
  kind!: Deadline['kind'];
  @ApiProperty({ example: 'Installment start (首付款) due' }) description!: string;
  @ApiProperty(nullableMoney('What falls due, when the deadline is about money')) amount!:
    string | null;
  @ApiProperty({ description: 'The date has passed (as of the view’s asOf) and it is still open' })
  overdue!: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'chinese-days@1.5.7+provisional-2027@rules-2024',
    description:
      'The calendar data the date was counted with (the versions of the years it crossed); null for ' +
      'calendar days or a fixed date',
  })
  calendarVersion!: string | null;
  @ApiProperty({
    description:
      'Counted in a year without the State Council’s notice yet (weekends + the 2024 statutory ' +
      'holidays, no make-up days): it may move when the year is recorded',
  })
  provisional!: boolean;
  @ApiProperty({
    type: MovedDeadlineDto,
    nullable: true,
    description:
      'The provisional date this one replaced when the year’s notice was recorded, if it moved',
  })
  movedFrom!: MovedDeadlineDto | null;
  @ApiProperty({ type: [EventRefDto] }) sources!: EventRefDto[];
}
