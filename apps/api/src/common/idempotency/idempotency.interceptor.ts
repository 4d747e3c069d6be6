import {
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  Logger,
  NestInterceptor,
  OnModuleDestroy,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { Observable, catchError, finalize, from, mergeMap, of, throwError } from 'rxjs';
import { PG_POOL } from '@app/database/tokens';
import {
  databaseOutageLog,
  isDatabaseUnavailable,
} from '@app/platform/database/connection-resilience';
import { ProblemException } from '../errors/problem-details';
import { HttpRequest, HttpResponse, headerValue } from '../http/http.types';
import { ClaimOwner } from './claim-owner';
import { IdempotencyRecord, IdempotencyRepository } from './idempotency.repository';
import { requestHash } from './request-hash';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
/** Response headers replayed with the stored body; transport and per-request headers are not. */
export const REPLAYED_HEADERS = ['etag', 'location', 'content-location', 'last-modified'];
/**
 * A pending key older than this may be retaken whatever its owner: the last resort for claims
 * without an owner. Claims with one are retaken as soon as their request provably ended (see
 * IdempotencyRepository.claim and ClaimOwner).
 */
export const STALE_PENDING_SECONDS = 300;
/** A release the database refused (it was down) is retried this often, this many times. */
const RELEASE_RETRY_MS = 2_000;
const RELEASE_RETRIES = 150;

const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const VALID_KEY = /^[\x21-\x7e]{1,255}$/; // visible ASCII, as the IETF Idempotency-Key draft

/**
 * `Idempotency-Key` on POST/PUT/PATCH/DELETE: the same key (per actor) with the same method,
 * path and body replays the stored response without running the handler; with a different
 * request it is 422; while the first is still running, 409.
 *
 * Only 2xx responses are stored. A refused command (4xx) or a failure (5xx) wrote no event, so
 * there is nothing to protect from repetition; the pending row is deleted and the client may
 * retry with the same key, e.g. after fixing its body. Must run after ApiKeyGuard (interceptors
 * always do) so the key is scoped to the authenticated actor.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor, OnModuleDestroy {
  private readonly logger = new Logger('Idempotency');
  private readonly repository: IdempotencyRepository;
  private readonly owner: ClaimOwner;
  /**
   * Requests of this process holding or trying to claim each key now (actor + NUL + key),
   * counted from before the claim: a claim of ours with no such request here provably ended.
   */
  private readonly inProcess = new Map<string, number>();

  constructor(@Inject(PG_POOL) pool: Pool) {
    this.repository = new IdempotencyRepository(pool);
    this.owner = new ClaimOwner(pool);
  }

  async onModuleDestroy(): Promise<void> {
    await this.owner.close();
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<HttpResponse>();
    const key = headerValue(request, IDEMPOTENCY_KEY_HEADER);
    if (key === undefined || !MUTATING.has(request.method)) return next.handle();
    if (!VALID_KEY.test(key)) {
      throw new ProblemException({
        status: 400,
        code: 'INVALID_IDEMPOTENCY_KEY',
        detail: 'Idempotency-Key must be 1 to 255 visible ASCII characters',
      });
    }
    request.idempotencyKey = key;
    const actor = request.principal?.name ?? 'anonymous';
    const methodPath = `${request.method} ${request.originalUrl ?? request.url}`;
    const hash = requestHash(methodPath, request.body);

    const here = runningKey(actor, key);
    const alone = (this.inProcess.get(here) ?? 0) === 0;
    this.inProcess.set(here, (this.inProcess.get(here) ?? 0) + 1);
    return from(this.begin(actor, key, methodPath, hash, alone)).pipe(
      mergeMap((claim) =>
        'record' in claim
          ? this.replay(response, claim.record)
          : this.execute(next, response, actor, key, claim.owner),
      ),
      finalize(() => {
        const left = (this.inProcess.get(here) ?? 1) - 1;
        if (left > 0) this.inProcess.set(here, left);
        else this.inProcess.delete(here);
      }),
    );
  }

  /** Claims the key, or returns the completed record to replay; throws 422/409 otherwise. */
  private async begin(
    actor: string,
    key: string,
    methodPath: string,
    hash: string,
    notRunningHere: boolean,
  ): Promise<{ owner: number | null } | { record: IdempotencyRecord }> {
    const owner = await this.owner.current();
    // A pending row can be released between our failed insert and our read: claim again then.
    for (let attempt = 0; attempt < 3; attempt++) {
      const claimed = await this.repository.claim(
        actor,
        key,
        methodPath,
        hash,
        STALE_PENDING_SECONDS,
        owner,
        notRunningHere,
      );
      if (claimed) return { owner };
      const existing = await this.repository.find(actor, key);
      if (!existing) continue;
      if (existing.requestHash !== hash) {
        throw new ProblemException({
          status: 422,
          code: 'IDEMPOTENCY_KEY_REUSED',
          title: 'Idempotency key reused',
          detail: `This Idempotency-Key was used for a different request (${existing.methodPath} with another body)`,
        });
      }
      if (existing.completed) return { record: existing };
      break;
    }
    throw new ProblemException({
      status: 409,
      code: 'IDEMPOTENCY_KEY_IN_PROGRESS',
      title: 'Request in progress',
      detail: 'A request with this Idempotency-Key is still being processed; retry later',
      headers: { 'Retry-After': '1' },
    });
  }

  private replay(response: HttpResponse, stored: IdempotencyRecord): Observable<unknown> {
    response.status(stored.status ?? 200);
    for (const [name, value] of Object.entries(stored.responseHeaders ?? {}))
      response.setHeader(name, value);
    response.setHeader(IDEMPOTENT_REPLAYED_HEADER, 'true');
    return of(stored.response);
  }

  private execute(
    next: CallHandler,
    response: HttpResponse,
    actor: string,
    key: string,
    owner: number | null,
  ): Observable<unknown> {
    let settled = false;
    const release = () => this.releaseEventually(actor, key, owner);
    return next.handle().pipe(
      // Stored before the response is sent: a client that saw the answer can always replay it.
      mergeMap(async (body: unknown) => {
        await this.repository.complete(
          actor,
          key,
          response.statusCode,
          body,
          replayedHeaders(response),
        );
        settled = true;
        return body;
      }),
      catchError((error: unknown) => {
        settled = true;
        return from(release()).pipe(mergeMap(() => throwError(() => error)));
      }),
      // Torn down without an outcome (client went away): never leave the key pending for good.
      finalize(() => {
        if (!settled) void release();
      }),
    );
  }

  /**
   * Releases the claim, resolving after the first attempt. When the database refuses (it is
   * down, which is often why the request failed) it keeps trying in the background, so that
   * retries reaching other processes are not held up; one reaching this process need not wait:
   * the claim is ours and not running, so it is retaken (IdempotencyRepository.claim).
   */
  private releaseEventually(actor: string, key: string, owner: number | null): Promise<void> {
    const attempt = () => this.repository.release(actor, key, owner);
    return attempt().catch((error: unknown) => {
      // The database being away is the process's outage (one line), not one line per key.
      if (isDatabaseUnavailable(error)) databaseOutageLog.failure('idempotency key release', error);
      else
        this.logger.warn({
          msg: 'could not release idempotency key yet',
          key,
          error: String(error),
        });
      void (async () => {
        for (let retry = 0; retry < RELEASE_RETRIES; retry++) {
          await new Promise((resolve) => setTimeout(resolve, RELEASE_RETRY_MS).unref());
          if (
            await attempt().then(
              () => true,
              () => false,
            )
          )
            return;
        }
      })();
    });
  }
}

function runningKey(actor: string, key: string): string {
  return `${actor}\u0000${key}`;
}

function replayedHeaders(response: HttpResponse): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = response.getHeader(name);
    if (value !== undefined)
      headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}
