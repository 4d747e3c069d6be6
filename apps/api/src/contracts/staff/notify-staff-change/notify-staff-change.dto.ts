import { DateField, IdField, OccurredAtDto, TextField } from '../../shared';

/** The supplier announces a change of the roster taking effect on `effectiveOn`. */
export class NotifyStaffChangeDto extends OccurredAtDto {
  @IdField({
    description: 'Chosen by the client: a resend with the same id is harmless',
    example: 'sc-1',
  })
  changeId!: string;

  @TextField({ description: 'Role on the roster', example: '服务经理', maxLength: 200 })
  role!: string;

  @TextField({ description: 'Who leaves', example: '朱鹏飞', maxLength: 200, optional: true })
  leaving?: string;

  @TextField({ description: 'Who joins', example: '李四', maxLength: 200, optional: true })
  joining?: string;

  @DateField({ description: 'When the change takes effect', example: '2022-08-08' })
  effectiveOn!: string;
}
