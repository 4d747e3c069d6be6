import { ApiProperty } from '@nestjs/swagger';
import type { HoldoverView } from '@app/read-models';
import { EventRefDto, money, nullableDate } from './figure.response';

export class HoldoverPaymentDto {
  @ApiProperty({ example: 'hop-1' }) paymentId!: string;
  @ApiProperty(money()) amount!: string;
  @ApiProperty(nullableDate()) paidOn!: string | null;
  @ApiProperty({ enum: ['client', 'successor'], description: 'Who paid' })
  payer!: 'client' | 'successor';
  @ApiProperty({
    type: [String],
    example: ['payerNotLiable'],
    description:
      'payerNotLiable: paid by a party the clause does not make liable (002 第十三条 "由新服务商提供"); exceedsFee',
  })
  flags!: string[];
  @ApiProperty({ type: EventRefDto, description: 'The HoldoverFeePaid event' })
  source!: EventRefDto;
}

/** The holdover fee as money someone owes (001 2.3: the client; 002 第十三条: the successor). */
export class HoldoverOwedDto implements HoldoverView {
  @ApiProperty(money('The holdover fee fixed when the holdover ended')) amount!: string;
  @ApiProperty({
    enum: ['client', 'successor'],
    description:
      'Who owes it: 001 2.3 the client; 002 第十三条 "由新服务商提供" the successor (the new service provider)',
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
  @ApiProperty(money('Paid towards the fee by asOf (HoldoverFeePaid, any payer)')) paid!: string;
  @ApiProperty(money('amount − paid (never below 0.00)')) outstanding!: string;
  @ApiProperty({ type: [HoldoverPaymentDto] }) payments!: HoldoverPaymentDto[];
}
