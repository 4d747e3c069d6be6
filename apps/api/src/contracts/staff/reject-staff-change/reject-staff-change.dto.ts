import { OccurredAtDto, TextField } from '../../shared';

/** The client refused the change in the path. */
export class RejectStaffChangeDto extends OccurredAtDto {
  @TextField({ description: 'Why', example: '不同意更换服务经理' })
  reason!: string;
}
