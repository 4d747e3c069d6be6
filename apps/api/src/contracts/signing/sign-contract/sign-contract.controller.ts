import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { validateTerms } from '@app/domain';
import { ProblemException } from '../../../common';
import {
  CommandRequest,
  ContractCommandController,
  ContractCommandEndpoint,
  ContractCommandRequest,
  IdParam,
  OPERATOR,
} from '../../shared';
import { SignContractDto } from './sign-contract.dto';
import { SignContractResponse } from './sign-contract.response';

@ApiTags('signing')
@Controller('contracts')
export class SignContractController extends ContractCommandController {
  /**
   * PUT: the contract is the resource. Sending the same terms again changes nothing (200);
   * other terms for a signed contract are a 409 — changes go through amendments.
   */
  @Put(':contractId')
  @ContractCommandEndpoint({
    summary: 'Sign a contract with its terms',
    description:
      'Every error of the terms is a 422 naming `terms.<path>` and its rule; warnings (e.g. a bond above 10 %, 政府采购法实施条例 第48条) are recorded on the event and returned.',
    roles: OPERATOR,
    response: SignContractResponse,
  })
  async sign(
    @Param('contractId', IdParam) contractId: string,
    @Body() body: SignContractDto,
    @CommandRequest() request: ContractCommandRequest,
  ): Promise<SignContractResponse> {
    const violations = validateTerms(body.terms).map((v) => ({
      field: `terms.${v.path}`,
      rule: v.rule,
      message: v.message,
      severity: v.severity,
    }));
    const errors = violations.filter((v) => v.severity === 'error');
    if (errors.length > 0) {
      throw new ProblemException({
        status: 422,
        code: 'INVALID_TERMS',
        title: 'Invalid contract terms',
        detail: `The terms have ${errors.length} error(s); nothing was recorded`,
        errors: errors.map(({ field, rule, message }) => ({ field, rule, message })),
      });
    }
    const { terms } = body;
    const result = await this.commands.dispatch(
      'SignContract',
      contractId,
      { occurredAt: terms.signingDate, contractId, terms },
      request,
    );
    const warnings = violations
      .filter((v) => v.severity === 'warning')
      .map(({ field, rule, message }) => ({ field, rule, message }));
    return { ...result, warnings };
  }
}
