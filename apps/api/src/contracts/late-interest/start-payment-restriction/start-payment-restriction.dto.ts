import { IdField, OccurredAtDto, TextField } from '../../shared';

/** A treasury restriction starts on `occurredAt` (000 第五条 5; 001 4.2). */
export class StartPaymentRestrictionDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: names the restriction when it ends',
    example: 'pr-1',
  })
  restrictionId!: string;

  @TextField({
    description: "The treasury's restriction, as notified",
    example: '市财政国库年终结账',
  })
  reason!: string;
}
