import { DateField, EnumField, IdField, OccurredAtDto, TextField } from '../../shared';

/** A force-majeure event (不可抗力) starting on `occurredAt`. */
export class DeclareForceMajeureDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'fm-1',
  })
  forceMajeureId!: string;

  @EnumField(['client', 'supplier'], { description: 'Party affected', example: 'supplier' })
  by!: 'client' | 'supplier';

  @DateField({ description: 'When the other party was notified', example: '2022-06-01' })
  notifiedOn!: string;

  @TextField({ description: 'The event', example: '疫情封控' })
  description!: string;
}
