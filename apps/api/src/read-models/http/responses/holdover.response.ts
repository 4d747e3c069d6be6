import { ApiProperty } from '@nestjs/swagger';
import type { HoldoverView } from '@app/read-models';
import { EventRefDto, money, nullableDate } from './figure.response';

/** The holdover fee as money someone owes (001 2.3: the client; 002 第十三条: the successor). */
export class HoldoverOwedDto implements HoldoverView {
  @ApiProperty(money('The holdover fee fixed when the holdover ended')) amount!: string;
  @ApiProperty({
    enum: ['client', 'successor'],
    description:
      'Who owes it: 001 2.3 the client; 002 第十三条 "由后续合同支付" the successor contract',
  })
  owedBy!: 'client' | 'successor';
  @ApiProperty({
    description:
      'Counted in this contract’s expected and outstanding (only when its client owes it)',
  })
  inExpected!: boolean;
  @ApiProperty(nullableDate('Last holdover day')) endedOn!: string | null;
  @ApiProperty({ example: 25 }) days!: number;
  @ApiProperty({ example: '2347000.00 × 25 ÷ 365' }) formula!: string;
  @ApiProperty({ type: [EventRefDto] }) sources!: EventRefDto[];
}
