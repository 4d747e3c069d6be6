import { ApiProperty } from '@nestjs/swagger';
import type { LedgerLineView, LedgerView } from '@app/read-models';
import { MEANING } from './figure-meanings';
import { date, FigureDto, money, nullableDate, OBJECT } from './figure.response';
import { ContractViewHeadDto } from './basis.response';

export class LedgerLineDto implements LedgerLineView {
  @ApiProperty({ example: 'payment:pay-1' }) lineId!: string;
  @ApiProperty({ example: 'payment' }) kind!: string;
  @ApiProperty({
    enum: [
      'expected',
      'invoiced',
      'received',
      'penalties',
      'bond',
      'refund',
      'holdover',
      'deductions',
    ],
  })
  account!: string;
  @ApiProperty(money('Signed in the sense of its account: a reversal is negative')) amount!: string;
  @ApiProperty({ type: String, nullable: true }) installmentId!: string | null;
  @ApiProperty({ type: String, nullable: true }) factType!: string | null;
  @ApiProperty({ type: String, nullable: true }) factId!: string | null;
  @ApiProperty({ ...OBJECT, nullable: true, description: 'The line this one corrects' })
  corrects!: LedgerLineView['corrects'];
  @ApiProperty({ type: 'array', items: OBJECT, nullable: true })
  correctedBy!: LedgerLineView['correctedBy'];
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) flags!: string[];
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ example: 'PaymentRecorded' }) eventType!: string;
  @ApiProperty() streamRevision!: number;
  @ApiProperty({ example: '42' }) position!: string;
  @ApiProperty(date()) businessDate!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ example: 'finance-desk' }) actor!: string;
}

export class LedgerResponse extends ContractViewHeadDto implements LedgerView {
  @ApiProperty(nullableDate('Lines dated after this business day are left out')) asOf!:
    string | null;
  @ApiProperty({ type: [LedgerLineDto] }) lines!: LedgerLineDto[];
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/FigureDto' },
    description: 'Each account’s balance: the sum of its lines',
  })
  balances!: Record<string, FigureDto>;
  @ApiProperty({
    type: FigureDto,
    description: `expected − received lines. ${MEANING.outstanding}`,
  })
  outstandingFees!: FigureDto;
}
