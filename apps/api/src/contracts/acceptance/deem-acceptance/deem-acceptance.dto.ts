import { OccurredAtDto } from '../../shared';

/** The client's silence past the window counts as acceptance of the milestone in the path. */
export class DeemAcceptanceDto extends OccurredAtDto {}
