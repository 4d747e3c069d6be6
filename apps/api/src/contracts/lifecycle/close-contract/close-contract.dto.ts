import { OccurredAtDto } from '../../shared';

/** Close the contract's file. */
export class CloseContractDto extends OccurredAtDto {}
