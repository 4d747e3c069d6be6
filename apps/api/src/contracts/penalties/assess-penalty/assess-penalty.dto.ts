import { CountField, IdField, MoneyField, OccurredAtDto, TextField } from '../../shared';

/** A penalty (违约金) under rule `ruleId`; the quantity the rule needs decides the amount. */
export class AssessPenaltyDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'pen-1',
  })
  penaltyId!: string;

  @IdField({ description: 'Penalty rule of the terms', example: 'inspection-violation' })
  ruleId!: string;

  @CountField(1, 36500, {
    description: 'Days late, for a per-day rule',
    example: 3,
    optional: true,
  })
  days?: number;

  @CountField(1, 100000, {
    description: 'Violations found, for a per-violation rule',
    example: 2,
    optional: true,
  })
  violations?: number;

  @CountField(1, 1000, {
    description: 'Occurrences, for a share-of-total rule (default 1)',
    example: 1,
    optional: true,
  })
  occurrences?: number;

  @MoneyField({
    description: 'Assessed amount, only for a rule whose rate is a maximum',
    example: '50000.00',
    optional: true,
  })
  amount?: string;

  @TextField({
    description: 'What happened; default the rule’s breach',
    example: '巡检记录缺失',
    maxLength: 2000,
    optional: true,
  })
  description?: string;
}
