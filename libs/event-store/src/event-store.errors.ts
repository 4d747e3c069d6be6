/** Typed errors every adapter raises, so callers never see a driver's error. */
export class WrongExpectedRevisionError extends Error {
  readonly code = 'WRONG_EXPECTED_REVISION';
  constructor(
    readonly streamId: string,
    readonly expected: string,
    /** Current revision of the stream, or -1 when it does not exist. */
    readonly actualRevision: number,
  ) {
    super(`Stream ${streamId}: expected revision ${expected}, actual ${actualRevision}`);
    this.name = 'WrongExpectedRevisionError';
  }
}

export class StreamNotFoundError extends Error {
  readonly code = 'STREAM_NOT_FOUND';
  constructor(readonly streamId: string) {
    super(`Stream ${streamId} not found`);
    this.name = 'StreamNotFoundError';
  }
}

/** An event id already stored with different content (or in another stream). */
export class EventIdConflictError extends Error {
  readonly code = 'EVENT_ID_CONFLICT';
  constructor(
    readonly eventId: string,
    readonly streamId: string,
  ) {
    super(`Event ${eventId} already exists with different content`);
    this.name = 'EventIdConflictError';
  }
}

/** Why a backdated append (AppendOptions.recordedAt) was refused. */
export type RecordTimeRefusal =
  'production' | 'unsupported' | 'malformed' | 'future' | 'before_head';

/** A backdated append (AppendOptions.recordedAt, seeds and tests only) that the store refuses. */
export class RecordTimeRefusedError extends Error {
  readonly code = 'RECORD_TIME_REFUSED';
  constructor(
    readonly streamId: string,
    readonly recordedAt: string,
    readonly reason: RecordTimeRefusal,
    detail: string,
  ) {
    super(`Stream ${streamId}: recordedAt ${recordedAt} refused (${reason}): ${detail}`);
    this.name = 'RecordTimeRefusedError';
  }
}
