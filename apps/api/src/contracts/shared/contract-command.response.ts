import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EXAMPLE_CONTRACT_ID } from '../../common/openapi/openapi-examples';

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
  @ApiProperty({ example: EXAMPLE_CONTRACT_ID })
  contractId!: string;

  @ApiProperty({ example: `contract-${EXAMPLE_CONTRACT_ID}` })
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

  @ApiPropertyOptional({
    description:
      'A signed receipt: a C2SP signed note by the ledger key whose text is one line of RFC 8785 JSON (format contract-ledger/receipt/v1: origin, streamId, revision, the written events’ ids and chain hashes, streamHead, position, issuedAt). Keep it to prove later that history was cut short or rewritten (`npm run evidence:verify -- --receipt`, README "Evidence"). Absent only when it could not be built (logged).',
    example:
      '{"events":[{"eventId":"5b0c1e0e-2f3a-5c1d-9a43-0d8f6c2b7e11","hash":"9f86…","revision":7}],"format":"contract-ledger/receipt/v1","issuedAt":"2026-03-01T08:15:02.123Z","origin":"ledger.example","position":"1042","revision":7,"streamHead":"9f86…","streamId":"contract-b44145ef-8a49-5b4c-802f-6b7bddd0311b"}\n\n— ledger.example Ab3d…\n',
  })
  receipt?: string;
}
