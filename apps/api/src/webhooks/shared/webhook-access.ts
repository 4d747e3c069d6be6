import type { Visibility } from '@app/webhooks';
import { ProblemException, type Principal } from '../../common';

/** The integration role manages the endpoints its API key created; admin manages all. */
export function visibilityOf(principal: Principal | undefined): Visibility {
  if (!principal) throw new Error('webhook routes are never public');
  return principal.roles.includes('admin') ? undefined : principal.name;
}

/** Unknown, or another owner's (not told apart: ids of others are not disclosed). */
export function webhookNotFound(id: string): ProblemException {
  return new ProblemException({
    status: 404,
    code: 'WEBHOOK_NOT_FOUND',
    title: 'No such webhook endpoint',
    detail: `No webhook endpoint ${id} is visible to this API key.`,
  });
}
