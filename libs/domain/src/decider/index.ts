export type { ContractDecider } from './contract.decider';
export {
  contractDecider,
  createContractDecider,
  foldContract,
  streamIdFor,
} from './contract.decider';
export type { DecideContext } from './contract.queries';
export type * from './contract.state';
export type { DomainErrorCode } from './domain-errors';
export { DOMAIN_ERROR_CODES } from './domain-errors';
export { CONTRACT_COMMAND_TYPES } from './contract.decide';
