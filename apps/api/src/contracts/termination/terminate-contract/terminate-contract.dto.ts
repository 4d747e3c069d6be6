import { EnumField, IdField, OccurredAtDto } from '../../shared';

/** The contract ends on `occurredAt`. */
export class TerminateContractDto extends OccurredAtDto {
  @EnumField(['client', 'supplier', 'both'], {
    description: 'Who terminates; both = mutual agreement',
    example: 'client',
  })
  by!: 'client' | 'supplier' | 'both';

  @IdField({
    description: 'The termination notice that took effect',
    example: 'tn-1',
    optional: true,
  })
  noticeId?: string;

  @IdField({
    description: 'Termination right used without notice',
    example: 'confidentiality-ip',
    optional: true,
  })
  rightId?: string;

  @IdField({
    description: 'Breach notice, for an uncured-breach right',
    example: 'bn-1',
    optional: true,
  })
  breachNoticeId?: string;
}
