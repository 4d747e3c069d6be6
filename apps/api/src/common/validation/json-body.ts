import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ProblemException, type ProblemInit } from '../errors/problem-details';
import type { HttpRequest, NextFunction } from '../http/http.types';

/** Commands are small: anything larger than this is a mistake or an attack. */
export const MAX_JSON_BODY = '256kb';
/**
 * The deepest command (signed terms: body → terms → installments → item → trigger → …) nests 6
 * levels; 32 leaves room for growth. Deeper bodies are refused while still raw bytes, so no
 * recursive code (class-transformer, class-validator, the problem filter) ever sees them: 60,000
 * levels fit in 120 KB and overflowed the stack of the validation pipe.
 */
export const MAX_JSON_DEPTH = 32;

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** `application/json`, `application/merge-patch+json`… with any parameters (charset). */
const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

/**
 * The JSON body parser with its bounds (size, depth) and the media-type check in front of it.
 * Call instead of `app.useBodyParser('json')`; the app must be created with bodyParser: false.
 */
export function useJsonBody(app: INestApplication): void {
  const express = app as NestExpressApplication;
  express.use(requireJsonMediaType);
  express.useBodyParser('json', {
    limit: MAX_JSON_BODY,
    verify: (_request: unknown, _response: unknown, raw: Buffer) => {
      if (exceedsDepth(raw, MAX_JSON_DEPTH)) throw new BodyTooDeepError();
    },
  });
}

/** 415 for a body that is not JSON: every command takes JSON, nothing else is parsed. */
export function requireJsonMediaType(
  request: HttpRequest,
  _response: unknown,
  next: NextFunction,
): void {
  if (!BODY_METHODS.has(request.method) || !hasBody(request)) return next();
  const type = request.headers['content-type'];
  if (type !== undefined && JSON_MEDIA_TYPE.test(type)) return next();
  next(
    new ProblemException({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      detail: `Request bodies must be application/json${type ? `, not ${type.split(';')[0]}` : ''}`,
    }),
  );
}

/**
 * Thrown from body-parser's verify hook. body-parser wraps it with http-errors, which keeps an
 * Error's own `status`; errorToProblem renders its `problem`.
 */
export class BodyTooDeepError extends Error {
  readonly status = 400;
  readonly expose = true;
  readonly problem: ProblemInit = {
    status: 400,
    code: 'BODY_TOO_DEEP',
    title: 'Invalid request',
    detail: `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`,
  };

  constructor() {
    super(`The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`);
    this.name = 'BodyTooDeepError';
  }
}

/**
 * True when arrays/objects nest deeper than `max`, scanning the raw bytes once (brackets inside
 * strings, escaped quotes included, do not count). Malformed JSON is left to JSON.parse.
 */
export function exceedsDepth(raw: Buffer, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      if (++depth > max) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth--;
    }
  }
  return false;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function hasBody(request: HttpRequest): boolean {
  const length = request.headers['content-length'];
  return (
    request.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
  );
}
