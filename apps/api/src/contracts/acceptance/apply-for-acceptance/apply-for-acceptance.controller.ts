import { ContractCommand, ContractCommandController, OPERATOR } from '../../shared';
import { ApplyForAcceptanceDto } from './apply-for-acceptance.dto';

@ContractCommand('ApplyForAcceptance', ApplyForAcceptanceDto, {
  post: ':contractId/milestones/:milestoneId/acceptance-application',
  tag: 'acceptance',
  roles: OPERATOR,
  summary: 'Record the supplier’s application for acceptance',
  description:
    '000 第七条 1: the supplier applies within 30 working days after the service period ends (late is recorded and flagged); the client’s 5 working days to start run from it. 004 第七条 1: before the client’s acceptance day.',
})
export class ApplyForAcceptanceController extends ContractCommandController {}
