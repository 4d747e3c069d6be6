import { ApiProperty } from '@nestjs/swagger';

/** One event the command appended, as the domain decided it. */
export class DecidedEventDto {
  @ApiProperty({ example: 'PaymentRecorded' })
  type!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: {
      occurredAt: '2022-11-28',
      paymentId: 'pay-interim',
      installmentId: 'interim',
      amount: '242159.00',
    },
  })
  data!: unknown;
}

/** The answer to every command: what was written, where, and the stream's new revision. */
export class ContractCommandResponse {
  @ApiProperty({ example: 'c-000' })
  contractId!: string;

  @ApiProperty({ example: 'contract-c-000' })
  streamId!: string;

  @ApiProperty({
    example: 7,
    description: 'Revision of the stream after the command (also sent as the ETag W/"7")',
  })
  revision!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '1042',
    description: 'Global position of the last event written, as a decimal string',
  })
  position!: string | null;

  @ApiProperty({ type: [String], example: ['5b0c1e0e-2f3a-5c1d-9a43-0d8f6c2b7e11'] })
  eventIds!: string[];

  @ApiProperty({ type: [DecidedEventDto] })
  events!: DecidedEventDto[];

  @ApiProperty({
    description: 'True when nothing new was written (the same fact was already recorded)',
  })
  idempotent!: boolean;
}
