import { OccurredAtDto, TextField } from '../../shared';

/** The notice in the path was served in error; from its withdrawal no cure period runs on it. */
export class WithdrawBreachNoticeDto extends OccurredAtDto {
  @TextField({ description: 'Why the notice is withdrawn', example: '通知所列违约事项有误' })
  reason!: string;
}
