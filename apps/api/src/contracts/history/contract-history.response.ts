import { ApiProperty } from '@nestjs/swagger';
import { EXAMPLE_CONTRACT_ID } from '../../common/openapi/openapi-examples';

/** Who recorded an event and why (the request behind it), as the store keeps it. */
export class EventMetadataDto {
  @ApiProperty({ example: 'finance-desk', description: 'The API key name that sent the command' })
  actor!: string;

  @ApiProperty({
    example: '5f0e2c1a-7b3d-4e9f-a1c2-d3e4f5a6b7c8',
    description: 'The request (X-Correlation-Id) that recorded it',
  })
  correlationId!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: 'The command or event that caused it; null for a command sent directly',
  })
  causationId!: string | null;
}

/** An event as stored: the fact, its place in the log, who recorded it, and its hash link. */
export class RecordedEventDto {
  @ApiProperty({ example: 'b1f1c0de-9a43-5c1d-8f6c-2b7e110d8f6c' })
  eventId!: string;

  @ApiProperty({ example: 'PaymentRecorded' })
  type!: string;

  @ApiProperty({ example: 1 })
  schemaVersion!: number;

  @ApiProperty({ example: 3, description: '0-based revision within the stream' })
  revision!: number;

  @ApiProperty({ example: '1042', description: 'Global position, a decimal string' })
  position!: string;

  @ApiProperty({ example: '2022-11-28', description: 'Business date of the fact' })
  occurredAt!: string;

  @ApiProperty({ example: '2025-03-01T08:15:02.123Z', description: 'When the store wrote it' })
  recordedAt!: string;

  @ApiProperty({ type: EventMetadataDto })
  metadata!: EventMetadataDto;

  @ApiProperty({ description: 'SHA-256 over the previous hash and this event', example: '9f86…' })
  hash!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  data!: unknown;
}

export class ContractEventsResponse {
  @ApiProperty({ example: EXAMPLE_CONTRACT_ID })
  contractId!: string;

  @ApiProperty({ example: `contract-${EXAMPLE_CONTRACT_ID}` })
  streamId!: string;

  @ApiProperty({ example: 12, description: 'Revision of the last event (also the ETag)' })
  revision!: number;

  @ApiProperty({ type: [RecordedEventDto] })
  events!: RecordedEventDto[];
}

export class StreamVerificationResponse {
  @ApiProperty({ example: EXAMPLE_CONTRACT_ID })
  contractId!: string;

  @ApiProperty({ example: `contract-${EXAMPLE_CONTRACT_ID}` })
  streamId!: string;

  @ApiProperty({ description: 'Every event present, in order, and matching its hash' })
  ok!: boolean;

  @ApiProperty({ example: 12 })
  eventsChecked!: number;

  @ApiProperty({ required: false, description: 'First revision that no longer matches' })
  firstBadRevision?: number;

  @ApiProperty({
    required: false,
    enum: ['content_mismatch', 'chain_broken', 'revision_gap', 'missing'],
  })
  reason?: string;
}
