import { OccurredAtDto } from '../../shared';

/** The breach of the notice in the path was remedied within (or after) the cure period. */
export class CureBreachDto extends OccurredAtDto {}
