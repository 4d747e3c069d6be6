import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { LedgerCloudEvent } from '@app/feed';
import { EXAMPLE_CONTRACT_ID } from '../../common/openapi/openapi-examples';

/**
 * One fact of the feed as a CloudEvent 1.0 (structured JSON) with the ledger's extension
 * attributes; `data` follows the JSON Schema `dataschema` names (GET /schemas/events).
 */
export class LedgerCloudEventDto implements LedgerCloudEvent {
  @ApiProperty({ enum: ['1.0'] }) specversion!: '1.0';
  @ApiProperty({ example: '5b0c1e0e-2f3a-5c1d-9a43-0d8f6c2b7e11', description: 'The event id' })
  id!: string;
  @ApiProperty({ example: 'urn:contract-ledger' }) source!: string;
  @ApiProperty({ example: 'cn.gov.contract.payment-recorded.v1' }) type!: string;
  @ApiProperty({ example: EXAMPLE_CONTRACT_ID, description: 'The contract id' }) subject!: string;
  @ApiProperty({
    example: '2022-07-19T00:00:00+08:00',
    description: 'Business time: the fact’s date, at the start of that day in Beijing',
  })
  time!: string;
  @ApiProperty({ enum: ['application/json'] }) datacontenttype!: 'application/json';
  @ApiProperty({ example: 'https://ledger.example/schemas/events/payment-recorded/v1.json' })
  dataschema!: string;
  @ApiProperty({
    example: '00000000000000001042',
    description: 'The dense feed number, zero-padded to 20 digits (string order = numeric order)',
  })
  sequence!: string;
  @ApiProperty({ example: '2026-03-01T08:15:02.123Z', description: 'When the ledger recorded it' })
  recordedtime!: string;
  @ApiProperty({ example: 3, description: '0-based revision in its contract’s stream' })
  streamrevision!: number;
  @ApiProperty({ example: '5f0e2c1a-7b3d-4e9f-a1c2-d3e4f5a6b7c8' }) correlationid!: string;
  @ApiPropertyOptional({ description: 'The command or event that caused it, when there is one' })
  causationid?: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The fact, as its `dataschema` describes it',
    example: {
      occurredAt: '2022-07-19',
      paymentId: 'pay-001-1',
      installmentId: 'start',
      amount: '1408200.00',
    },
  })
  data!: Record<string, unknown>;
}
