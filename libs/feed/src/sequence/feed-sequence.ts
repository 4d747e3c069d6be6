/**
 * The dense feed sequence as consumers see it. Numbers start at 1 and have no holes, so a consumer
 * that saw 41 then 43 knows it missed 42.
 *
 * In CloudEvents it travels as the `sequence` extension, which must be a string whose plain string
 * comparison gives the order (cloudevents/spec extensions/sequence.md: "it might be necessary for
 * the value to include some kind of padding"): the decimal number left-padded with zeros to 20
 * digits, enough for any unsigned 64-bit value. Cursors (`after=`, `Last-Event-ID`) accept the
 * padded or the plain form.
 */
export type FeedSequence = bigint;

export const SEQUENCE_DIGITS = 20;
const MAX_SEQUENCE = 2n ** 63n - 1n; // PostgreSQL bigint

/** `42n` → `"00000000000000000042"`. */
export function formatSequence(seq: FeedSequence): string {
  if (seq < 1n) throw new RangeError(`a feed sequence starts at 1, got ${seq}`);
  return seq.toString().padStart(SEQUENCE_DIGITS, '0');
}

/** A cursor: `0` (before the first event) or a sequence number; null when it is not one. */
export function parseCursor(text: string): FeedSequence | null {
  if (!/^\d{1,20}$/.test(text)) return null;
  const value = BigInt(text);
  return value <= MAX_SEQUENCE ? value : null;
}
