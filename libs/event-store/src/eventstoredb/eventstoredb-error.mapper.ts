import { ErrorType, isCommandError, type WrongExpectedVersionError } from '@eventstore/db-client';
import { StreamNotFoundError, WrongExpectedRevisionError } from '../event-store.errors';

/**
 * Matching on the client's `type` discriminator rather than `instanceof`, so a second copy of the
 * client in node_modules cannot make a conflict slip through as a generic error.
 */
export function isWrongExpectedVersion(error: unknown): error is WrongExpectedVersionError {
  return (
    error instanceof Error &&
    isCommandError(error) &&
    error.type === ErrorType.WRONG_EXPECTED_VERSION
  );
}

/** A tombstoned stream is as gone to the ledger as one that never existed. */
export function isStreamGone(error: unknown): boolean {
  return (
    error instanceof Error &&
    isCommandError(error) &&
    (error.type === ErrorType.STREAM_NOT_FOUND || error.type === ErrorType.STREAM_DELETED)
  );
}

export function toWrongExpectedRevision(
  streamId: string,
  expected: string,
  error: WrongExpectedVersionError,
): WrongExpectedRevisionError {
  const actual = typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) : -1;
  return new WrongExpectedRevisionError(streamId, expected, actual);
}

export function mapReadError(streamId: string, error: unknown): unknown {
  return isStreamGone(error) ? new StreamNotFoundError(streamId) : error;
}
