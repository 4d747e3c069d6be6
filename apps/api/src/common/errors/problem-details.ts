import { HttpException } from '@nestjs/common';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * Problem types are URNs: absolute and stable (RFC 9457 §3.1.1 recommends absolute URIs) without
 * promising a documentation page at some host. `about:blank` is used for plain HTTP errors.
 */
export function problemType(code: string): string {
  return `urn:contract-ledger:problem:${code.toLowerCase().replace(/_/g, '-')}`;
}

/** One offending input: `field` is a path such as `terms.installments[1].amount`. */
export interface FieldError {
  field: string;
  rule: string;
  message: string;
}

/** RFC 9457 members plus ours: `code` (stable, machine-readable), `errors`, `correlationId`. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code: string;
  errors?: FieldError[];
  correlationId?: string;
  [extension: string]: unknown;
}

export interface ProblemInit {
  status: number;
  code: string;
  title?: string;
  detail?: string;
  errors?: FieldError[];
  /** Extra members (e.g. currentRevision); they never override the standard ones. */
  extensions?: Record<string, unknown>;
  /** Response headers to send with the problem (WWW-Authenticate, ETag…). */
  headers?: Record<string, string>;
}

/** Thrown by this layer's guards and interceptors when they already know the exact problem. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemInit) {
    super(problem.detail ?? problem.title ?? problem.code, problem.status);
    this.name = 'ProblemException';
  }
}
