import {
  BadRequestException,
  NotFoundException,
  ServiceUnavailableException,
} from '@nestjs/common';
import { DomainError } from '@app/domain/shared/decider';
import {
  EventIdConflictError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '@app/event-store/event-store.errors';
import { domainErrorHttpStatus } from './domain-error-status';
import { codeForStatus, errorToProblem } from './error-to-problem';

const info = { instance: '/contracts/c-1/payments', correlationId: 'corr-1', hadIfMatch: false };

describe('domainErrorHttpStatus', () => {
  it.each([
    ['CONTRACT_NOT_FOUND', 404],
    ['ALREADY_TERMINATED', 409],
    ['INVOICE_ALREADY_ISSUED', 409],
    ['INSTALLMENTS_EXCEED_TOTAL', 422],
  ])('%s → %i', (code, status) => expect(domainErrorHttpStatus(code)).toBe(status));

  it('lets the table override the naming conventions', () => {
    expect(domainErrorHttpStatus('CONTRACT_TERMINATED', { CONTRACT_TERMINATED: 409 })).toBe(409);
    expect(domainErrorHttpStatus('X_NOT_FOUND', { X_NOT_FOUND: 410 })).toBe(410);
  });
});

describe('errorToProblem', () => {
  it('keeps the standard members of a DomainError over its details', () => {
    const { problem } = errorToProblem(
      new DomainError('INVALID_AMOUNT', 'Amount too large', undefined, {
        status: 'nope',
        max: '5.00',
      }),
      info,
    );
    expect(problem).toEqual({
      type: 'urn:contract-ledger:problem:invalid-amount',
      title: 'Command refused',
      status: 422,
      detail: 'Amount too large',
      instance: '/contracts/c-1/payments',
      code: 'INVALID_AMOUNT',
      correlationId: 'corr-1',
      max: '5.00',
    });
  });

  it('maps the event store errors', () => {
    expect(errorToProblem(new StreamNotFoundError('contract-1'), info).problem).toMatchObject({
      status: 404,
      code: 'STREAM_NOT_FOUND',
    });
    expect(errorToProblem(new EventIdConflictError('e', 's'), info).problem).toMatchObject({
      status: 409,
      code: 'EVENT_ID_CONFLICT',
    });
    const conflict = errorToProblem(new WrongExpectedRevisionError('s', '2', -1), {
      ...info,
      hadIfMatch: true,
    });
    expect(conflict.problem).toMatchObject({ status: 412, currentRevision: -1 });
    expect(conflict.headers).toEqual({}); // no ETag for a stream that does not exist
  });

  it('maps Nest HTTP exceptions, keeping a payload a handler chose to send', () => {
    expect(errorToProblem(new NotFoundException(), info).problem).toMatchObject({
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      code: 'NOT_FOUND',
    });
    expect(
      errorToProblem(new BadRequestException(['a is bad', 'b is bad']), info).problem.detail,
    ).toBe('a is bad; b is bad');
    const ready = errorToProblem(
      new ServiceUnavailableException({
        status: 'unavailable',
        checks: { database: { status: 'down' } },
      }),
      info,
    );
    expect(ready.problem).toMatchObject({
      status: 503,
      code: 'SERVICE_UNAVAILABLE',
      checks: { database: { status: 'down' } },
    });
    // A deliberate 503 is an answer: not logged with a stack once per probe (the probe reports
    // to the outage log, once per outage).
    expect(ready.unexpected).toBe(false);
  });

  it('answers a database outage 503 with Retry-After, saying nothing of the driver', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:5432'), {
      code: 'ECONNREFUSED',
    });
    const mapped = errorToProblem(refused, info);
    expect(mapped).toMatchObject({
      problem: {
        status: 503,
        code: 'DATABASE_UNAVAILABLE',
        type: 'urn:contract-ledger:problem:database-unavailable',
      },
      headers: { 'Retry-After': '2' },
      unexpected: false,
      outage: true,
    });
    expect(JSON.stringify(mapped.problem)).not.toMatch(/ECONN|10\.0\.0\.7|5432/);
    const shutdown = Object.assign(
      new Error('terminating connection due to administrator command'),
      {
        code: '57P01',
      },
    );
    expect(errorToProblem(shutdown, info).problem.status).toBe(503);
  });

  it('never exposes an unknown error', () => {
    const { problem, unexpected } = errorToProblem(new TypeError('secret at /srv/app.js'), info);
    expect(unexpected).toBe(true);
    expect(JSON.stringify(problem)).not.toMatch(/secret|srv/);
    expect(errorToProblem('a thrown string', info).problem.status).toBe(500);
  });

  it('derives a code from any status', () => {
    expect(codeForStatus(415)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(codeForStatus(418)).toBe('I_M_A_TEAPOT');
  });
});
