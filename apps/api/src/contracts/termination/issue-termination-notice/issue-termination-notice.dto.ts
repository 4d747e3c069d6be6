import { DateField, EnumField, IdField, OccurredAtDto } from '../../shared';

const PARTIES = ['client', 'supplier'] as const;

/** Notice that the contract will end under termination right `rightId`. */
export class IssueTerminationNoticeDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'tn-1',
  })
  noticeId!: string;

  @EnumField(PARTIES, { description: 'Who terminates', example: 'client' })
  by!: 'client' | 'supplier';

  @IdField({ description: 'Termination right of the terms', example: 'convenience' })
  rightId!: string;

  @IdField({
    description: 'Breach notice, for an uncured-breach right',
    example: 'bn-1',
    optional: true,
  })
  breachNoticeId?: string;

  @DateField({
    description: 'When termination takes effect; default after the notice period',
    example: '2022-10-31',
    optional: true,
  })
  effectiveOn?: string;
}
