import { ProblemException } from '../common/errors/problem-details';

/**
 * A stream's revision as an HTTP entity tag. Weak (`W/`) because it versions the stream, not a
 * byte-exact representation: the JSON of a view may change while the revision does not.
 */
export function formatEtag(revision: number): string {
  return `W/"${revision}"`;
}

/** The revision in `W/"7"` or `"7"`, or null when the value is not one of our tags. */
export function parseEtag(value: string): number | null {
  const m = /^(?:W\/)?"(0|[1-9]\d{0,15})"$/.exec(value.trim());
  return m ? Number(m[1]) : null;
}

/**
 * If-Match → the expected revision for the command executor. Absent or `*` → undefined (no
 * precondition; the executor then retries on concurrent writes). Anything else that is not a
 * single tag of ours is a 400: silently ignoring it would drop the client's safety check.
 */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined || value.trim() === '' || value.trim() === '*') return undefined;
  const revision = parseEtag(value);
  if (revision === null) {
    throw new ProblemException({
      status: 400,
      code: 'INVALID_IF_MATCH',
      detail: 'If-Match must be a single entity tag from this API, such as W/"3"',
    });
  }
  return revision;
}
