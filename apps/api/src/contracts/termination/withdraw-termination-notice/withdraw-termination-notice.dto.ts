import { OccurredAtDto, TextField } from '../../shared';

/** The notice in the path no longer stands; the contract runs on. */
export class WithdrawTerminationNoticeDto extends OccurredAtDto {
  @TextField({ description: 'Why', example: '双方协商继续履行' })
  reason!: string;
}
