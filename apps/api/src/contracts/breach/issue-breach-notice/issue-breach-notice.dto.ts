import { EnumField, IdField, OccurredAtDto, TextField } from '../../shared';

const PARTIES = ['client', 'supplier'] as const;

/** Written notice of a breach (违约通知), starting the cure period of `rightId`. */
export class IssueBreachNoticeDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'bn-1',
  })
  noticeId!: string;

  @EnumField(PARTIES, { description: 'Who gives notice', example: 'client' })
  by!: 'client' | 'supplier';

  @TextField({ description: 'The breach', example: '服务不达标' })
  breach!: string;

  @IdField({
    description: 'Termination right whose cure period runs',
    example: 'uncured-breach',
    optional: true,
  })
  rightId?: string;
}
