import { ApiProperty } from '@nestjs/swagger';
import type { Deadline } from '../../views/deadlines.view';
import { date, EventRefDto, nullableMoney } from './figure.response';

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
  @ApiProperty({ type: [EventRefDto] }) sources!: EventRefDto[];
}
