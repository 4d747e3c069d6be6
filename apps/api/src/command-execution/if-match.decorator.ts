import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { HttpRequest } from '../common/http/http.types';
import { parseIfMatch } from './etag';

/** `@IfMatchRevision() expectedRevision?: number`: the revision in If-Match, or undefined. */
export const IfMatchRevision = createParamDecorator(
  (_data: unknown, context: ExecutionContext): number | undefined =>
    parseIfMatch(context.switchToHttp().getRequest<HttpRequest>().headers['if-match']),
);
