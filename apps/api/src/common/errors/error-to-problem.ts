import { STATUS_CODES } from 'node:http';
import { HttpException, ServiceUnavailableException } from '@nestjs/common';
import { DomainError } from '@app/domain/shared/decider';
import { isDatabaseUnavailable } from '@app/platform/database/connection-resilience';
import {
  EventIdConflictError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '@app/event-store/event-store.errors';
import { BodyTooDeepError } from '../validation/json-body';
import { RequestValidationError } from '../validation/request-validation.error';
import { domainErrorHttpStatus } from './domain-error-status';
import { ProblemDetails, ProblemException, ProblemInit, problemType } from './problem-details';

export interface ProblemRequestInfo {
  /** The request path, used as the problem's `instance`. */
  instance?: string;
  correlationId?: string;
  /** The request carried If-Match: a revision conflict is then a failed precondition (412). */
  hadIfMatch: boolean;
}

export interface MappedProblem {
  problem: ProblemDetails;
  headers: Record<string, string>;
  /** True when the error is ours, not the client's: log it with its stack. */
  unexpected: boolean;
  /** The database could not be reached: an outage, logged once for all requests (not a bug). */
  outage?: true;
}

/** Seconds a client should wait before retrying a request refused during a database outage. */
export const OUTAGE_RETRY_AFTER_SECONDS = 2;

const STANDARD_MEMBERS = new Set([
  'type',
  'title',
  'status',
  'detail',
  'instance',
  'code',
  'errors',
  'correlationId',
]);

/** Every error the API can raise, as RFC 9457 problem details. Pure: the filter does the I/O. */
export function errorToProblem(error: unknown, request: ProblemRequestInfo): MappedProblem {
  const outage = !(error instanceof HttpException) && isDatabaseUnavailable(error);
  const init = outage ? DATABASE_UNAVAILABLE : describe(error, request);
  // A deliberate 503 (readiness down, overload) is an answer, not a bug to log with its stack.
  const unexpected =
    init.status >= 500 && !outage && !(error instanceof ServiceUnavailableException);
  const problem: ProblemDetails = {
    type: init.code === codeForStatus(init.status) ? 'about:blank' : problemType(init.code),
    title: init.title ?? STATUS_CODES[init.status] ?? 'Error',
    status: init.status,
    detail: init.detail,
    instance: request.instance,
    code: init.code,
    ...(init.errors ? { errors: init.errors } : {}),
    correlationId: request.correlationId,
  };
  for (const [key, value] of Object.entries(init.extensions ?? {})) {
    if (!STANDARD_MEMBERS.has(key) && value !== undefined) problem[key] = value;
  }
  return { problem, headers: init.headers ?? {}, unexpected, ...(outage ? { outage } : {}) };
}

/**
 * A connection refused, reset, timed out, or a server shutting down: the request was not the
 * problem, and it may succeed shortly. Nothing about the driver or the address is said.
 */
const DATABASE_UNAVAILABLE: ProblemInit = {
  status: 503,
  code: 'DATABASE_UNAVAILABLE',
  title: 'Service Unavailable',
  detail:
    'The database cannot be reached right now; retry after the delay given in Retry-After. ' +
    'A command sent with an Idempotency-Key is safe to retry with the same key.',
  headers: { 'Retry-After': String(OUTAGE_RETRY_AFTER_SECONDS) },
};

function describe(error: unknown, request: ProblemRequestInfo): ProblemInit {
  if (error instanceof ProblemException || error instanceof BodyTooDeepError) return error.problem;
  if (error instanceof RequestValidationError) {
    return {
      status: 400,
      code: 'VALIDATION_FAILED',
      title: 'Invalid request',
      detail: error.message,
      errors: error.errors,
    };
  }
  if (error instanceof DomainError) {
    return {
      status: domainErrorHttpStatus(error.code),
      code: error.code,
      title: 'Command refused',
      detail: error.message,
      errors: error.field
        ? [{ field: error.field, rule: error.code, message: error.message }]
        : undefined,
      extensions: error.details,
    };
  }
  if (error instanceof WrongExpectedRevisionError)
    return revisionConflict(error, request.hadIfMatch);
  if (error instanceof StreamNotFoundError) {
    return { status: 404, code: 'STREAM_NOT_FOUND', title: 'Not found', detail: error.message };
  }
  if (error instanceof EventIdConflictError) {
    return {
      status: 409,
      code: 'EVENT_ID_CONFLICT',
      title: 'Conflict',
      detail: 'This command id was already used for a different command',
    };
  }
  if (error instanceof HttpException) return fromHttpException(error);
  if (isExposedHttpError(error)) {
    // body-parser's own errors (body too large, bad charset…); Nest already turns malformed
    // JSON into a BadRequestException.
    return { status: error.status, code: codeForStatus(error.status), detail: error.message };
  }
  return {
    status: 500,
    code: 'INTERNAL_SERVER_ERROR',
    detail: 'An unexpected error occurred; quote the correlation id when reporting it',
  };
}

function revisionConflict(error: WrongExpectedRevisionError, hadIfMatch: boolean): ProblemInit {
  const current = error.actualRevision;
  return {
    status: hadIfMatch ? 412 : 409,
    code: hadIfMatch ? 'PRECONDITION_FAILED' : 'CONCURRENCY_CONFLICT',
    title: hadIfMatch ? 'Precondition Failed' : 'Conflict',
    detail: hadIfMatch
      ? `If-Match does not match the current revision ${current}; reload and retry`
      : 'The resource changed concurrently; retry the request',
    extensions: { currentRevision: current },
    headers: current >= 0 ? { ETag: `W/"${current}"` } : undefined,
  };
}

function fromHttpException(error: HttpException): ProblemInit {
  const status = error.getStatus();
  const response = error.getResponse();
  if (typeof response === 'string')
    return { status, code: codeForStatus(status), detail: response };
  if (response instanceof Error || response === null || typeof response !== 'object') {
    return { status, code: codeForStatus(status), detail: STATUS_CODES[status] };
  }
  // Nest's `{ statusCode, message, error }` shape, or a payload a handler chose to send (e.g.
  // the readiness checks behind a 503): its other members are kept as extensions.
  const {
    statusCode: _statusCode,
    message,
    error: label,
    code,
    ...rest
  } = response as Record<string, unknown>;
  const detail = Array.isArray(message)
    ? message.join('; ')
    : typeof message === 'string'
      ? message
      : undefined;
  return {
    status,
    code: typeof code === 'string' ? code : codeForStatus(status),
    detail: detail ?? (typeof label === 'string' ? label : undefined),
    extensions: {
      ...rest,
      ...(label !== null && typeof label === 'object' ? { error: label } : {}),
    },
  };
}

/** 404 → NOT_FOUND, 415 → UNSUPPORTED_MEDIA_TYPE: the code of a plain HTTP error. */
export function codeForStatus(status: number): string {
  return (STATUS_CODES[status] ?? 'ERROR')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

interface ExposedHttpError {
  status: number;
  message: string;
  expose: true;
}

function isExposedHttpError(error: unknown): error is ExposedHttpError {
  const e = error as Partial<ExposedHttpError> | null;
  return (
    e !== null &&
    typeof e === 'object' &&
    e.expose === true &&
    typeof e.status === 'number' &&
    e.status >= 400 &&
    e.status < 500 &&
    typeof e.message === 'string'
  );
}
