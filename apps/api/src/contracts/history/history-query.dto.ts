/**
 * The stream history takes no query parameters: it is the record exactly as stored. `?asOf` and
 * `?knownAt` belong to the timeline and the views (issue 11); any parameter here is refused with
 * 400 naming it (the validation pipe forbids members a DTO does not declare), never ignored.
 */
export class HistoryQuery {}
